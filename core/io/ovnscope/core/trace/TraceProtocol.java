package io.ovnscope.core.trace;

import java.util.Locale;
import java.util.Optional;

/** The transport a traced packet carries; ICMP has no ports. */
public enum TraceProtocol {
    TCP, UDP, ICMP;

    /** The name OVN load balancers, iptables and the seed use: tcp, udp, icmp. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasPorts() {
        return this != ICMP;
    }

    /** The IP protocol number OpenFlow's nw_proto matches. */
    public int number() {
        return switch (this) {
            case TCP -> 6;
            case UDP -> 17;
            case ICMP -> 1;
        };
    }

    public static Optional<TraceProtocol> parse(String text) {
        for (TraceProtocol protocol : values()) {
            if (protocol.label().equalsIgnoreCase(text.trim())) {
                return Optional.of(protocol);
            }
        }
        return Optional.empty();
    }
}
