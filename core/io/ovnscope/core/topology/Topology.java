package io.ovnscope.core.topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The topology drawn from one snapshot: an unmodifiable directed graph (see {@link Link} for what a direction
 * means), the nodes (lanes) in drawing order, and the fold state it was built with. The graph iterates in the
 * order the builder added things, so the same snapshot always gives the same order.
 *
 * @param lanes the nodes in drawing order; the shared lane ("") is not listed
 */
public record Topology(Graph<TopologyElement, Link> graph, List<String> lanes, FoldState fold) {
    public Topology {
        // Views read the graph; none may change the picture behind the layout's back.
        graph = graph instanceof AsUnmodifiableGraph<TopologyElement, Link> ? graph
                : new AsUnmodifiableGraph<>(graph);
        lanes = List.copyOf(lanes);
    }

    public List<TopologyElement> elements() {
        return List.copyOf(graph.vertexSet());
    }

    public List<Link> links() {
        return List.copyOf(graph.edgeSet());
    }

    public Map<String, TopologyElement> elementsById() {
        Map<String, TopologyElement> byId = new LinkedHashMap<>();
        graph.vertexSet().forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    public Optional<TopologyElement> element(String id) {
        return graph.vertexSet().stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
