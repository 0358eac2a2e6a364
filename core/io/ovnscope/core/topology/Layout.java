package io.ovnscope.core.topology;

import java.util.List;
import java.util.Optional;

/** A topology placed on a plane: boxes, edge routes and the size of the whole picture (pixels at scale 1). */
public record Layout(Topology topology, List<PlacedBox> boxes, List<EdgeRoute> edges, double width, double height) {
    public Layout {
        boxes = List.copyOf(boxes);
        edges = List.copyOf(edges);
    }

    public Optional<PlacedBox> box(String elementId) {
        return boxes.stream().filter(b -> b.element().id().equals(elementId)).findFirst();
    }
}
