package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;

/** How a link is drawn: a polyline from the source box's border to the target box's border. */
public record EdgeRoute(Link link, List<Point> points) {
    public EdgeRoute {
        Objects.requireNonNull(link, "link");
        points = List.copyOf(points);
    }
}
