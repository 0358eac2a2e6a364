package io.ovnscope.core.topology;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;

/**
 * The topology drawn from one snapshot: a directed graph whose edges point from the element nearer the
 * external network to the one nearer the pods, the nodes (lanes) in drawing order, and the fold state it was
 * built with. Iteration orders of the graph are the order the builder added things, so they are deterministic.
 *
 * @param lanes the nodes in drawing order; the shared lane ("") is not listed
 */
public record Topology(Graph<TopologyElement, Link> graph, List<String> lanes, FoldState fold) {
    public Topology {
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
