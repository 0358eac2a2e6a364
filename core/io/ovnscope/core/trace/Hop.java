package io.ovnscope.core.trace;

import java.util.Objects;

/**
 * One place on the packet's path: its kind and the name of the element there (a logical switch or router,
 * a host interface, a bridge, a pod, the host, an external address).
 *
 * @param port for a pod or the management port, the logical switch port behind it (what the topology and the
 *             navigator name it by); empty for the others
 */
public record Hop(HopKind kind, String name, String port) {
    public Hop {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(port, "port");
    }

    public Hop(HopKind kind, String name) {
        this(kind, name, "");
    }

    /**
     * The seed's "where": OVN elements by their role ("ovn node switch"), host devices by name
     * ("ovn-k8s-mp0", "br-ex", "enp1s0 (uplink)").
     */
    public String where() {
        return switch (kind) {
            case MANAGEMENT_PORT, BRIDGE, BRIDGE_PORT, POD -> name;
            case UPLINK -> name + " (uplink)";
            default -> kind.role();
        };
    }

    @Override
    public String toString() {
        return where().equals(name) ? name : where() + " " + name;
    }
}
