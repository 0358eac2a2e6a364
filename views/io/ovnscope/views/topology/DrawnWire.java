package io.ovnscope.views.topology;

import java.util.Objects;
import javafx.geometry.Rectangle2D;

/**
 * One edge of the picture: a polyline from one element to another, as the layout routed it.
 *
 * @param xs the x of each point, first at {@code from}, last at {@code to}
 * @param ys the y of each point
 */
public record DrawnWire(String id, String from, String to, double[] xs, double[] ys, WireLook look,
                        Rectangle2D bounds) {
    public DrawnWire {
        Objects.requireNonNull(id);
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("a wire needs two or more points, as many x as y");
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    public static DrawnWire of(String id, String from, String to, double[] xs, double[] ys, WireLook look) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return new DrawnWire(id, from, to, xs, ys, look, new Rectangle2D(minX, minY,
                Math.max(1, maxX - minX), Math.max(1, maxY - minY)));
    }

    /** The point a fraction {@code t} (0 to 1) of the way along the wire, by length. */
    public double[] pointAt(double t) {
        double total = 0;
        for (int i = 1; i < xs.length; i++) {
            total += Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        double left = Math.max(0, Math.min(1, t)) * total;
        for (int i = 1; i < xs.length; i++) {
            double piece = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            if (left <= piece && piece > 0) {
                double f = left / piece;
                return new double[] {xs[i - 1] + f * (xs[i] - xs[i - 1]), ys[i - 1] + f * (ys[i] - ys[i - 1])};
            }
            left -= piece;
        }
        return new double[] {xs[xs.length - 1], ys[ys.length - 1]};
    }
}
