package io.ovnscope.core.topology;

import java.util.Objects;

/**
 * An edge of the topology graph: from a router or switch to its port or pods, from a router port to the port
 * it peers (for two router ports, from the id that sorts first), from a load balancer to its holder, and on
 * wires from the outside in (external network to uplink, host to bridge, bridge to localnet port, host to its
 * management port). The layout draws links top-down by layer, whatever their direction.
 *
 * @param id made from the two element ids, so that it is stable and unique in a graph
 */
public record Link(String id, LinkKind kind, String sourceId, String targetId) {
    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
    }

    public static Link of(LinkKind kind, String sourceId, String targetId) {
        return new Link(sourceId + "->" + targetId, kind, sourceId, targetId);
    }
}
