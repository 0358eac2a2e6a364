package io.ovnscope.views.topology;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The drawing surface: one canvas the size of the pane, repainted from the drawing, the viewport and the marks
 * whenever one of them changes. A canvas rather than a node per element, so a cluster of ten thousand pods
 * costs the scene graph one node and a frame only what is on screen.
 */
final class TopologyCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final DrawingPainter painter;
    private Drawing drawing = Drawing.empty();
    private Viewport viewport = Viewport.IDENTITY;
    private Marks marks = Marks.NONE;
    private DrawingPainter.Frame lastFrame = new DrawingPainter.Frame(0, 0);

    TopologyCanvas(DrawingPainter painter) {
        this.painter = painter;
        getChildren().add(canvas);
        setMinSize(0, 0);
        setFocusTraversable(true);
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            repaint();
        }
    }

    Drawing drawing() {
        return drawing;
    }

    Viewport viewport() {
        return viewport;
    }

    Marks marks() {
        return marks;
    }

    DrawingPainter.Frame lastFrame() {
        return lastFrame;
    }

    void show(Drawing next, Viewport view) {
        drawing = next;
        viewport = view;
        repaint();
    }

    void view(Viewport next) {
        if (!next.equals(viewport)) {
            viewport = next;
            repaint();
        }
    }

    void mark(Marks next) {
        if (!next.equals(marks)) {
            marks = next;
            repaint();
        }
    }

    void repaint() {
        lastFrame = painter.paint(canvas.getGraphicsContext2D(), drawing, viewport, marks, canvas.getWidth(),
                canvas.getHeight());
    }
}
