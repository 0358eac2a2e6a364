package io.ovnscope.core.model.ovn;

import java.util.Optional;

/** Which address of a packet a static route matches on. OVN's default (an empty column) is dst-ip. */
public enum RoutePolicy {
    DST_IP("dst-ip"), SRC_IP("src-ip");

    private final String text;

    RoutePolicy(String text) {
        this.text = text;
    }

    public static Optional<RoutePolicy> parse(String text) {
        for (RoutePolicy policy : values()) {
            if (policy.text.equals(text)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
