package io.ovnscope.core.model.host;

import java.util.Locale;
import java.util.Optional;

/** The route types {@code ip route} prints before the destination; UNICAST when none is printed. */
public enum RouteType {
    UNICAST, LOCAL, BROADCAST, MULTICAST, ANYCAST, UNREACHABLE, BLACKHOLE, PROHIBIT, THROW, NAT;

    public static Optional<RouteType> ofKeyword(String word) {
        for (RouteType type : values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(word)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
