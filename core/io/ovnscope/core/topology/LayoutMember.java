package io.ovnscope.core.topology;

import java.util.List;

/** An element while {@link LayeredLayout} works: its label, size, slot and place in the slot. */
final class LayoutMember {
    final TopologyElement element;
    final List<String> lines;
    final double width;
    final double height;
    LayoutSlot slot;
    double offset;
    PlacedBox box;

    LayoutMember(TopologyElement element, List<String> lines, double width, double height) {
        this.element = element;
        this.lines = lines;
        this.width = width;
        this.height = height;
    }

    /** The member's centre relative to its slot's centre (0 for a slot of one). */
    double centerOffset() {
        return offset + width / 2 - slot.width / 2;
    }
}
