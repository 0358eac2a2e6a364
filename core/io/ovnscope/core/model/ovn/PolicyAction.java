package io.ovnscope.core.model.ovn;

import java.util.Optional;

/** What a Logical_Router_Policy does with a packet its match selects. */
public enum PolicyAction {
    ALLOW, DROP, REROUTE;

    public static Optional<PolicyAction> parse(String text) {
        return switch (text) {
            case "allow" -> Optional.of(ALLOW);
            case "drop" -> Optional.of(DROP);
            case "reroute" -> Optional.of(REROUTE);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
