package io.ovnscope.views.layout;

import java.util.List;

/**
 * Where the window was and how its panes were split, so the next run opens as the user left it.
 *
 * @param dividers the divider positions of the split panes, in the order {@link io.ovnscope.views.MainWindow}
 *                 lays them out (0..1 each)
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized,
                           List<Double> dividers) {
    public static final WindowLayout DEFAULT =
            new WindowLayout(Double.NaN, Double.NaN, 1280, 800, false, List.of(0.2, 0.77, 0.58));

    public WindowLayout {
        dividers = List.copyOf(dividers);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
