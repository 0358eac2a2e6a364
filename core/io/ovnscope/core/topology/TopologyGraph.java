package io.ovnscope.core.topology;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/** The graph being built, with elements found by id; a link to an unknown id or a repeated link is ignored. */
final class TopologyGraph {
    private final Graph<TopologyElement, Link> graph = new DirectedPseudograph<>(Link.class);
    private final Map<String, TopologyElement> byId = new HashMap<>();
    private final Map<String, Link> links = new HashMap<>();

    void add(TopologyElement element) {
        if (byId.putIfAbsent(element.id(), element) == null) {
            graph.addVertex(element);
        }
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    boolean hasKind(String id, ElementKind kind) {
        TopologyElement element = byId.get(id);
        return element != null && element.kind() == kind;
    }

    void link(LinkKind kind, String sourceId, String targetId) {
        TopologyElement source = byId.get(sourceId);
        TopologyElement target = byId.get(targetId);
        Link link = Link.of(kind, sourceId, targetId);
        if (source == null || target == null || source == target || links.putIfAbsent(link.id(), link) != null) {
            return;
        }
        graph.addEdge(source, target, link);
    }

    Graph<TopologyElement, Link> graph() {
        return graph;
    }
}
