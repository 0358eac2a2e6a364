package io.ovnscope.core.topology;

import java.util.List;
import java.util.Set;

/**
 * What a picture stresses: highlighted elements (a search hit, the selection) and a trace path (element ids in
 * the order the packet crosses them; consecutive elements that are linked have their link drawn as the path).
 */
public record Emphasis(Set<String> highlighted, List<String> tracePath) {
    public Emphasis {
        highlighted = Set.copyOf(highlighted);
        tracePath = List.copyOf(tracePath);
    }

    public static Emphasis none() {
        return new Emphasis(Set.of(), List.of());
    }

    public boolean onPath(String elementId) {
        return tracePath.contains(elementId);
    }

    /** True when the link joins two consecutive elements of the trace path, either way round. */
    public boolean onPath(Link link) {
        for (int i = 1; i < tracePath.size(); i++) {
            String a = tracePath.get(i - 1);
            String b = tracePath.get(i);
            if ((a.equals(link.sourceId()) && b.equals(link.targetId()))
                    || (b.equals(link.sourceId()) && a.equals(link.targetId()))) {
                return true;
            }
        }
        return false;
    }
}
