package io.ovnscope.core.trace;

/**
 * The kinds of places a packet passes, named as seed 004 names them in its "where" column. A kind is decided
 * from the data (ports, options, addresses), never from an element's name.
 */
public enum HopKind {
    NODE_SWITCH("ovn node switch"),
    JOIN_SWITCH("ovn join switch"),
    EXTERNAL_SWITCH("ovn external switch"),
    SWITCH("ovn switch"),
    CLUSTER_ROUTER("ovn cluster router"),
    GATEWAY_ROUTER("ovn gateway router"),
    ROUTER("ovn router"),
    MANAGEMENT_PORT("management port"),
    HOST_NETWORK("host network"),
    BRIDGE("bridge"),
    BRIDGE_PORT("bridge port"),
    UPLINK("uplink"),
    POD("pod"),
    HOST("host"),
    EXTERNAL("external network");

    private final String role;

    HopKind(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }

    public boolean isOvnSwitch() {
        return this == NODE_SWITCH || this == JOIN_SWITCH || this == EXTERNAL_SWITCH || this == SWITCH;
    }

    public boolean isOvnRouter() {
        return this == CLUSTER_ROUTER || this == GATEWAY_ROUTER || this == ROUTER;
    }
}
