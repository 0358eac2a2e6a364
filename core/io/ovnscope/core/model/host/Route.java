package io.ovnscope.core.model.host;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One route of {@code ip route} / {@code ip route show table all}.
 *
 * @param line        1-based line of the raw output
 * @param table       {@code main} when not printed, else as printed ({@code local}, {@code 1010})
 * @param destination {@code default} or a prefix as printed (a host is printed without its {@code /32})
 * @param flags       flag words such as {@code onlink}, {@code linkdown}, {@code dead}, {@code offload}
 * @param attributes  recognised but not modelled attributes ({@code expires}, {@code hoplimit}, {@code nhid}...)
 * @param nextHops    the {@code nexthop} lines of a multipath route, empty otherwise
 */
public record Route(int line, String table, RouteType type, AddressFamily family, String destination,
                    Optional<String> via, Optional<String> device, Optional<String> source,
                    Optional<String> protocol, Optional<String> scope, OptionalInt metric, OptionalInt mtu,
                    Optional<String> preference, List<String> flags, Map<String, String> attributes,
                    List<NextHop> nextHops) {
    public Route {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(destination, "destination");
        flags = List.copyOf(flags);
        attributes = Map.copyOf(attributes);
        nextHops = List.copyOf(nextHops);
    }

    public boolean isDefault() {
        return destination.equals("default");
    }

    public boolean onlink() {
        return flags.contains("onlink");
    }

    public boolean linkdown() {
        return flags.contains("linkdown");
    }

    /** The destination as a prefix with its length: {@code default} is /0, a host /32 or /128. */
    public String prefix() {
        if (isDefault()) {
            return family == AddressFamily.IPV6 ? "::/0" : "0.0.0.0/0";
        }
        if (destination.contains("/")) {
            return destination;
        }
        return destination + (destination.contains(":") ? "/128" : "/32");
    }
}
