package io.ovnscope.core.topology;

import java.util.List;
import java.util.Optional;

/**
 * One box of the topology picture. Every element has an id that is stable for the same snapshot (it is made
 * from the kind and the object's name, never from a counter), the node it belongs to ("" for what the whole
 * cluster shares, such as the join switch or the cluster router), its addresses (MACs, networks, IPs) as the
 * label shows them, and the rows of its details sheet. Two elements are equal when their ids are (within
 * one topology ids are unique), which keeps the graph's lookups cheap.
 */
public sealed interface TopologyElement permits ExternalNetworkElement, UplinkElement, HostElement, BridgeElement,
        RouterElement, RouterPortElement, SwitchElement, SwitchPortElement, ManagementPortElement,
        LoadBalancerElement, PodElement, PodGroupElement {

    String id();

    ElementKind kind();

    String name();

    /** The node whose lane the element is drawn in; "" when the element is shared by all nodes. */
    String node();

    List<String> addresses();

    List<Detail> details();

    /** The collected object it was drawn from; empty for what is inferred (the external network). */
    Optional<SourceRef> source();
}
