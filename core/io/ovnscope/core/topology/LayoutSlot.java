package io.ovnscope.core.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * A place in a layer while {@link LayeredLayout} works: one element, a peered pair of ports side by side, or a
 * link's waypoint (no members).
 */
final class LayoutSlot {
    final double laneRank;
    final int sequence;
    final boolean side;
    final List<LayoutMember> members = new ArrayList<>();
    final List<SlotLink> up = new ArrayList<>();
    final List<SlotLink> down = new ArrayList<>();
    double width;
    double height;
    int layer;
    int position;
    double key;
    double centerX;

    LayoutSlot(double laneRank, int sequence, boolean side) {
        this.laneRank = laneRank;
        this.sequence = sequence;
        this.side = side;
    }
}
