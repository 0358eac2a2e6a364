package io.ovnscope.core.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The polyline of one link once slots are placed: a peered pair's short line between its boxes; otherwise down
 * from the upper box to its band's bottom, across the gap, through each waypoint's slot and into the lower
 * box from above. Boxes only sit in bands and waypoints keep their own slots, so these lines cross no box.
 */
final class EdgeRouting {
    private EdgeRouting() {
    }

    /** From the link's source to its target; {@code chain} runs from the upper slot to the lower. */
    static List<Point> route(LayoutMember source, LayoutMember target, List<LayoutSlot> chain, double[] bandTop,
                             double[] bandHeight, double layerGap) {
        List<Point> points = new ArrayList<>();
        if (chain.size() == 1) {
            PlacedBox from = source.box;
            PlacedBox to = target.box;
            double y = Math.max(from.y(), to.y()) + Math.min(from.height(), to.height()) / 2;
            add(points, from.x() < to.x() ? from.right() : from.x(), y);
            add(points, from.x() < to.x() ? to.x() : to.right(), y);
            return points;
        }
        boolean downwards = source.slot == chain.get(0);
        PlacedBox upper = downwards ? source.box : target.box;
        PlacedBox lower = downwards ? target.box : source.box;
        LayoutSlot upperSlot = chain.get(0);
        LayoutSlot lowerSlot = chain.get(chain.size() - 1);
        if (upperSlot.layer == lowerSlot.layer) {
            // Only a link drawn aside can join two slots of one layer: under the band, through the gap.
            double gapY = bandTop[upperSlot.layer] + bandHeight[upperSlot.layer] + layerGap / 2;
            add(points, source.box.centerX(), source.box.bottom());
            add(points, source.box.centerX(), gapY);
            add(points, target.box.centerX(), gapY);
            add(points, target.box.centerX(), target.box.bottom());
            return points;
        }
        add(points, upper.centerX(), upper.bottom());
        add(points, upper.centerX(), bandTop[upperSlot.layer] + bandHeight[upperSlot.layer]);
        for (int i = 1; i < chain.size() - 1; i++) {
            LayoutSlot waypoint = chain.get(i);
            add(points, waypoint.centerX, bandTop[waypoint.layer]);
            add(points, waypoint.centerX, bandTop[waypoint.layer] + bandHeight[waypoint.layer]);
        }
        add(points, lower.centerX(), bandTop[lowerSlot.layer]);
        add(points, lower.centerX(), lower.y());
        if (!downwards) {
            Collections.reverse(points);
        }
        return points;
    }

    private static void add(List<Point> points, double x, double y) {
        Point point = new Point(x, y);
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
    }
}
