package io.ovnscope.core.trace;

import java.util.Objects;

/**
 * One place on the packet's path: its kind and the name of the element there (a logical switch or router,
 * a host interface, a bridge, a pod's port, the host, an external address).
 */
public record Hop(HopKind kind, String name) {
    public Hop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The seed's "where": OVN elements by their role ("ovn node switch"), host devices by name
     * ("ovn-k8s-mp0", "br-ex", "enp1s0 (uplink)").
     */
    public String where() {
        return switch (kind) {
            case MANAGEMENT_PORT, BRIDGE, POD -> name;
            case UPLINK -> name + " (uplink)";
            default -> kind.role();
        };
    }

    @Override
    public String toString() {
        return where().equals(name) ? name : where() + " " + name;
    }
}
