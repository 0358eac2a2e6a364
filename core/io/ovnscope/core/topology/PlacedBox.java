package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;

/**
 * Where an element is drawn: its box (top-left corner, width, height) and the label lines written inside it,
 * the first being the name.
 */
public record PlacedBox(TopologyElement element, double x, double y, double width, double height,
                        List<String> labelLines) {
    public PlacedBox {
        Objects.requireNonNull(element, "element");
        labelLines = List.copyOf(labelLines);
    }

    public double centerX() {
        return x + width / 2;
    }

    public double bottom() {
        return y + height;
    }

    public double right() {
        return x + width;
    }

    /** True when the two boxes share any area (touching edges do not overlap). */
    public boolean overlaps(PlacedBox other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
}
