package io.ovnscope.core.topology;

/** What an element of the topology picture is; each kind has its own shape and colours in {@link TopologyStyle}. */
public enum ElementKind {
    EXTERNAL_NETWORK,
    UPLINK,
    HOST,
    BRIDGE,
    ROUTER,
    ROUTER_PORT,
    SWITCH,
    SWITCH_PORT,
    MANAGEMENT_PORT,
    LOAD_BALANCER,
    POD,
    POD_GROUP
}
