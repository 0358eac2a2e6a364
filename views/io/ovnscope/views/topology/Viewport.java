package io.ovnscope.views.topology;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Where the picture sits in the pane: one scale and one offset, so a picture point p shows at
 * {@code p * scale + offset}. Immutable: each zoom or pan makes a new one, which keeps the painting code free of
 * half-changed state.
 */
public record Viewport(double scale, double offsetX, double offsetY) {
    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 8;
    /** One wheel notch, key press or button click: small enough that the eye keeps its place. */
    public static final double STEP = 1.25;
    public static final Viewport IDENTITY = new Viewport(1, 0, 0);

    public Viewport {
        scale = clamp(scale);
    }

    public Point2D toScreen(double x, double y) {
        return new Point2D(x * scale + offsetX, y * scale + offsetY);
    }

    public Point2D toPicture(double x, double y) {
        return new Point2D((x - offsetX) / scale, (y - offsetY) / scale);
    }

    /** The part of the picture a pane of this size shows. */
    public Rectangle2D visible(double width, double height) {
        Point2D topLeft = toPicture(0, 0);
        return new Rectangle2D(topLeft.getX(), topLeft.getY(), Math.max(0, width / scale),
                Math.max(0, height / scale));
    }

    /** Zooms by {@code factor} keeping the picture point under the screen point {@code (x, y)} where it is. */
    public Viewport zoomedAt(double factor, double x, double y) {
        double next = clamp(scale * factor);
        Point2D under = toPicture(x, y);
        return new Viewport(next, x - under.getX() * next, y - under.getY() * next);
    }

    public Viewport panned(double dx, double dy) {
        return new Viewport(scale, offsetX + dx, offsetY + dy);
    }

    /** The picture point {@code (x, y)} in the middle of a pane of this size, the scale kept. */
    public Viewport centredOn(double x, double y, double width, double height) {
        return new Viewport(scale, width / 2 - x * scale, height / 2 - y * scale);
    }

    /**
     * The whole of {@code picture} in a pane of this size with a margin, centred; never magnified past 1:1,
     * since a small node's boxes blown up look like a mistake.
     */
    public static Viewport fitting(Rectangle2D picture, double width, double height, double margin) {
        if (picture.getWidth() <= 0 || picture.getHeight() <= 0 || width <= 2 * margin || height <= 2 * margin) {
            return IDENTITY;
        }
        double scale = clamp(Math.min(1, Math.min((width - 2 * margin) / picture.getWidth(),
                (height - 2 * margin) / picture.getHeight())));
        double centreX = picture.getMinX() + picture.getWidth() / 2;
        double centreY = picture.getMinY() + picture.getHeight() / 2;
        return new Viewport(scale, width / 2 - centreX * scale, height / 2 - centreY * scale);
    }

    private static double clamp(double scale) {
        if (Double.isNaN(scale)) {
            return 1;
        }
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }
}
