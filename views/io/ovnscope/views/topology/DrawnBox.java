package io.ovnscope.views.topology;

import io.ovnscope.core.topology.PlacedBox;
import io.ovnscope.core.topology.TopologyElement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * One element of the picture as the pane paints it: where it is, how it looks, what it says, and the snapshot
 * object behind it, whose data the details pane shows and which the navigator selects.
 *
 * @param placed  the core's box: the element and where the layout put it
 * @param lines   its label: the name first, then addresses
 * @param subject the snapshot's object it was drawn from, empty for what the core inferred (the host side)
 * @param terms   what a search matches: its name and addresses, lower case, prefix lengths also dropped
 * @param foldKey the switch whose pods it folds or shows one by one, for a pod group or a pod
 */
public record DrawnBox(PlacedBox placed, Rectangle2D bounds, BoxLook look, List<String> lines,
                       Optional<Object> subject, List<String> terms, Optional<String> foldKey) {
    public DrawnBox {
        Objects.requireNonNull(placed);
        lines = List.copyOf(lines);
        terms = List.copyOf(terms);
    }

    public TopologyElement element() {
        return placed.element();
    }

    public String id() {
        return placed.element().id();
    }

    public double centreX() {
        return bounds.getMinX() + bounds.getWidth() / 2;
    }

    public double centreY() {
        return bounds.getMinY() + bounds.getHeight() / 2;
    }
}
