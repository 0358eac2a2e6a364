package io.ovnscope.views.topology;

import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/** The whole picture, marks included, painted off screen at a scale: what PNG export writes. */
final class PictureImage {
    /** Past this many pixels a side JavaFX cannot make one texture; the SVG has no such limit. */
    static final int LARGEST_SIDE = 16_384;

    private PictureImage() {
    }

    static WritableImage of(Drawing drawing, Marks marks, double scale) {
        Rectangle2D bounds = drawing.bounds();
        double width = Math.ceil(bounds.getWidth() * scale);
        double height = Math.ceil(bounds.getHeight() * scale);
        if (width > LARGEST_SIDE || height > LARGEST_SIDE) {
            throw new IllegalStateException("the picture is " + (int) width + " × " + (int) height
                    + " pixels at this scale, more than a PNG export can make (" + LARGEST_SIDE
                    + " a side); export SVG instead");
        }
        Canvas canvas = new Canvas(Math.max(1, width), Math.max(1, height));
        Viewport view = new Viewport(scale, -bounds.getMinX() * scale, -bounds.getMinY() * scale);
        new DrawingPainter().paint(canvas.getGraphicsContext2D(), drawing, view, marks, width, height);
        return canvas.snapshot(new SnapshotParameters(), null);
    }
}
