package io.ovnscope.views.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;

/**
 * Finds the things that touch a part of the picture without looking at all of them: each thing is filed
 * under the square cells its bounds cover. A frame of a cluster with thousands of boxes then paints only the
 * few hundred on screen, and a click looks at a handful.
 */
final class GridIndex<T> {
    private final double cell;
    private final Function<T, Rectangle2D> bounds;
    private final Map<Long, List<T>> cells = new HashMap<>();
    private final List<T> all;
    private final Map<T, Integer> paintOrder = new IdentityHashMap<>();

    GridIndex(List<T> things, Function<T, Rectangle2D> bounds, double cell) {
        this.cell = cell;
        this.bounds = bounds;
        this.all = List.copyOf(things);
        for (T thing : all) {
            paintOrder.put(thing, paintOrder.size());
            Rectangle2D box = bounds.apply(thing);
            for (long cx = index(box.getMinX()); cx <= index(box.getMaxX()); cx++) {
                for (long cy = index(box.getMinY()); cy <= index(box.getMaxY()); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(thing);
                }
            }
        }
    }

    /** The things whose bounds meet {@code area}, each once, in the order they were given (paint order). */
    List<T> touching(Rectangle2D area) {
        long fromX = index(area.getMinX());
        long toX = index(area.getMaxX());
        long fromY = index(area.getMinY());
        long toY = index(area.getMaxY());
        if ((toX - fromX + 1) * (toY - fromY + 1) > cells.size()) {
            return all.stream().filter(t -> bounds.apply(t).intersects(area)).toList();
        }
        Map<T, Boolean> found = new IdentityHashMap<>();
        List<T> inOrder = new ArrayList<>();
        for (long cx = fromX; cx <= toX; cx++) {
            for (long cy = fromY; cy <= toY; cy++) {
                for (T thing : cells.getOrDefault(key(cx, cy), List.of())) {
                    if (found.put(thing, Boolean.TRUE) == null && bounds.apply(thing).intersects(area)) {
                        inOrder.add(thing);
                    }
                }
            }
        }
        inOrder.sort((a, b) -> Integer.compare(paintOrder.get(a), paintOrder.get(b)));
        return inOrder;
    }

    List<T> all() {
        return all;
    }

    private long index(double coordinate) {
        return (long) Math.floor(coordinate / cell);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
