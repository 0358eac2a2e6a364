package io.ovnscope.core.topology;

/** Why two elements are joined. */
public enum LinkKind {
    /** A router or switch and one of its ports, or a switch and its pods. */
    OWNS,
    /** A router port and the switch port (router-port option) or router port (peer column) it peers. */
    PEER,
    /** A load balancer and a switch or router that holds it. */
    LOAD_BALANCER,
    /**
     * A localnet port and the bridge that carries it, a bridge or uplink and the host, the uplink and beyond,
     * the host and its management port.
     */
    WIRE
}
