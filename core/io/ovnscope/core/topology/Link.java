package io.ovnscope.core.topology;

import java.util.Objects;

/**
 * An edge of the topology graph, from the element drawn higher (nearer the external network) to the one
 * below it.
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
