package io.ovnscope.views.topology;

import io.ovnscope.core.topology.PlacedBox;
import io.ovnscope.core.topology.Point;
import io.ovnscope.core.topology.ShapeKind;
import io.ovnscope.core.topology.Shapes;
import io.ovnscope.core.topology.TopologyStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * Paints the visible part of a drawing on a canvas. Only what meets the pane is drawn, and what would be
 * too small to read is drawn as plain shapes, so a frame of a large cluster costs what is on screen, not
 * what exists.
 */
final class DrawingPainter {
    static final Color BACKGROUND = Color.web(TopologyStyle.BACKGROUND);
    static final Color SELECTED = Color.web("#2563eb");
    static final Color FOUND = Color.web(TopologyStyle.HIGHLIGHT_COLOUR);
    static final Color PATH = Color.web(TopologyStyle.TRACE_COLOUR);
    static final Color MARKED = Color.web("#7c3aed");
    /** Below this many pixels per text line the labels are noise: left out. */
    private static final double READABLE_PX = 5;
    private static final double BADGE = 18;
    /** Below this many pixels a side a box is drawn as a plain block. */
    private static final double TINY_PX = 6;
    private static final double HALO_SCALE = 0.75;
    /** Below this scale wires that share their end pixels are drawn once. */
    private static final double CROWDED_SCALE = 0.25;
    private static final double[] DASH = {TopologyStyle.DASH_ON, TopologyStyle.DASH_OFF};

    /** What one frame drew, for the benchmark and for tests that check culling works. */
    record Frame(int boxes, int wires) {
    }

    Frame paint(GraphicsContext g, Drawing drawing, Viewport view, Marks marks, double width, double height) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        // A clear of the whole canvas lets JavaFX drop the frames painted since the last pulse, unrendered.
        g.clearRect(0, 0, width, height);
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.setTransform(view.scale(), 0, 0, view.scale(), view.offsetX(), view.offsetY());
        Rectangle2D visible = grown(view.visible(width, height), 8 / view.scale());
        List<DrawnWire> wires = drawing.wiresIn(visible);
        List<DrawnBox> boxes = drawing.boxesIn(visible);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        // Zoomed far out, thousands of things share a few pixels: each pixel is filled once, by the first box
        // that lands there; a wire shorter than a pixel is not drawn, nor one whose ends fall on the pixels of
        // one already drawn (a switch's hundred pods, side by side).
        Set<Long> filledPixels = new HashSet<>();
        Set<List<Long>> drawnWires = new HashSet<>();
        boolean crowded = view.scale() < CROWDED_SCALE;
        for (DrawnWire wire : wires) {
            Rectangle2D b = wire.bounds();
            if (marks.onPath(wire) || Math.max(b.getWidth(), b.getHeight()) * view.scale() >= 1
                    && (!crowded || drawnWires.add(ends(wire, view)))) {
                wire(g, wire, marks, view.scale());
            }
        }
        for (DrawnBox box : boxes) {
            if (tiny(box, view.scale()) && !marked(box, marks)) {
                if (filledPixels.add(pixel(view.toScreen(box.bounds().getMinX(), box.bounds().getMinY())))) {
                    block(g, box);
                }
            } else {
                box(g, box, marks, view.scale());
            }
        }
        marks.token().flatMap(t -> drawing.wire(t.wire()).map(w -> w.pointAt(t.along())))
                .ifPresent(p -> token(g, p, view.scale()));
        return new Frame(boxes.size(), wires.size());
    }

    private static void wire(GraphicsContext g, DrawnWire wire, Marks marks, double scale) {
        boolean onPath = marks.onPath(wire);
        g.setStroke(onPath ? PATH : wire.look().stroke());
        g.setLineWidth(Math.max(onPath ? TopologyStyle.TRACE_WIDTH : wire.look().width(), 0.8 / scale));
        g.setLineDashes(wire.look().dashed() && !onPath ? DASH : null);
        g.strokePolyline(wire.xs(), wire.ys(), wire.xs().length);
        g.setLineDashes((double[]) null);
    }

    private static void box(GraphicsContext g, DrawnBox box, Marks marks, double scale) {
        Rectangle2D r = box.bounds();
        BoxLook look = box.look();
        // Zoomed out, an outline is too thin to find: a glow a few pixels wide shows where the hits are. From
        // HALO_SCALE up the window draws exactly what the SVG draws.
        if (scale < HALO_SCALE && marks.found().contains(box.id())) {
            halo(g, r, FOUND, 6 / scale);
        }
        if (scale < HALO_SCALE && marks.marked().filter(box.id()::equals).isPresent()) {
            halo(g, r, MARKED, 8 / scale);
        }
        boolean selected = marks.selected().filter(box.id()::equals).isPresent();
        boolean onPath = marks.onPath(box.id());
        boolean highlighted = marks.found().contains(box.id()) || marks.marked().filter(box.id()::equals).isPresent();
        Color stroke = selected ? SELECTED : onPath ? PATH : highlighted ? FOUND : look.stroke();
        double width = Math.max(selected ? 3 : onPath ? TopologyStyle.TRACE_WIDTH
                : highlighted ? TopologyStyle.HIGHLIGHT_WIDTH : look.strokeWidth(), 0.8 / scale);
        if (look.shape() == ShapeKind.STACK) {
            card(g, Shapes.stackBack(box.placed()), look, stroke, width);
            card(g, Shapes.stackFront(box.placed()), look, stroke, width);
        } else {
            outline(g, look.shape(), box.placed(), look.cornerRadius());
            fillAndStroke(g, look.fill(), stroke, width);
        }
        if (look.lineHeight() * scale >= READABLE_PX) {
            label(g, box);
        }
    }

    private static List<Long> ends(DrawnWire wire, Viewport view) {
        int last = wire.xs().length - 1;
        return List.of(pixel(view.toScreen(wire.xs()[0], wire.ys()[0])),
                pixel(view.toScreen(wire.xs()[last], wire.ys()[last])));
    }

    private static long pixel(Point2D at) {
        return ((long) Math.floor(at.getX()) << 32) ^ (long) Math.floor(at.getY());
    }

    /** A few pixels on screen: its colour says what it is, an outline would only blur it. */
    private static boolean tiny(DrawnBox box, double scale) {
        return Math.min(box.bounds().getWidth(), box.bounds().getHeight()) * scale < TINY_PX;
    }

    private static void block(GraphicsContext g, DrawnBox box) {
        Rectangle2D r = box.bounds();
        g.setFill(box.look().stroke());
        g.fillRect(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private static boolean marked(DrawnBox box, Marks marks) {
        String id = box.id();
        return marks.found().contains(id) || marks.onPath(id) || marks.selected().filter(id::equals).isPresent()
                || marks.marked().filter(id::equals).isPresent();
    }

    private static void card(GraphicsContext g, PlacedBox card, BoxLook look, Color stroke, double width) {
        g.beginPath();
        roundRect(g, card.x(), card.y(), card.width(), card.height(), look.cornerRadius());
        fillAndStroke(g, look.fill(), stroke, width);
    }

    private static void fillAndStroke(GraphicsContext g, Color fill, Color stroke, double width) {
        g.setFill(fill);
        g.fill();
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.stroke();
    }

    /** The label lines at the same anchors as the SVG's text, so both read alike. */
    private static void label(GraphicsContext g, DrawnBox box) {
        BoxLook look = box.look();
        List<Point> anchors = Shapes.labelAnchors(box.placed());
        g.setFill(look.text());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BASELINE);
        for (int i = 0; i < anchors.size(); i++) {
            g.setFont(i == 0 ? look.name() : look.plain());
            g.fillText(box.lines().get(i), anchors.get(i).x(), anchors.get(i).y());
        }
        if (!look.icon().isEmpty()) {
            badge(g, box.bounds(), look);
        }
    }

    /** The kind's glyph in a disc on the box's top-left corner, outside the label's room. */
    private static void badge(GraphicsContext g, Rectangle2D r, BoxLook look) {
        double radius = BADGE / 2;
        double cx = r.getMinX() + 2;
        double cy = r.getMinY() + 2;
        g.setFill(Color.WHITE);
        g.fillOval(cx - radius, cy - radius, BADGE, BADGE);
        g.setStroke(look.stroke());
        g.setLineWidth(1);
        g.strokeOval(cx - radius, cy - radius, BADGE, BADGE);
        g.save();
        g.translate(cx - radius + 3, cy - radius + 3);
        g.scale((BADGE - 6) / 16, (BADGE - 6) / 16);
        g.beginPath();
        g.appendSVGPath(look.icon());
        g.setLineWidth(1.6);
        g.stroke();
        g.restore();
    }

    private static void halo(GraphicsContext g, Rectangle2D r, Color colour, double width) {
        g.setFill(colour.deriveColor(0, 1, 1, 0.35));
        g.fillRoundRect(r.getMinX() - width, r.getMinY() - width, r.getWidth() + 2 * width,
                r.getHeight() + 2 * width, 2 * width, 2 * width);
    }

    private static void token(GraphicsContext g, double[] p, double scale) {
        double radius = Math.max(7, 7 / scale);
        g.setFill(PATH);
        g.fillOval(p[0] - radius, p[1] - radius, 2 * radius, 2 * radius);
        g.setStroke(Color.WHITE);
        g.setLineWidth(Math.max(2, 2 / scale));
        g.strokeOval(p[0] - radius, p[1] - radius, 2 * radius, 2 * radius);
    }

    /** Sets the current path to the shape's outline, as {@link Shapes} defines it for the SVG too. */
    static void outline(GraphicsContext g, ShapeKind shape, PlacedBox box, double corner) {
        g.beginPath();
        switch (shape) {
            case RECTANGLE, ROUNDED, STACK -> roundRect(g, box.x(), box.y(), box.width(), box.height(), corner);
            case PILL -> roundRect(g, box.x(), box.y(), box.width(), box.height(), box.height() / 2);
            case ELLIPSE -> ellipse(g, box.x(), box.y(), box.width(), box.height());
            case HEXAGON -> {
                List<Point> corners = Shapes.hexagon(box);
                g.moveTo(corners.get(0).x(), corners.get(0).y());
                for (Point point : corners.subList(1, corners.size())) {
                    g.lineTo(point.x(), point.y());
                }
                g.closePath();
            }
        }
    }

    private static void roundRect(GraphicsContext g, double x, double y, double w, double h, double radius) {
        double rr = Math.max(0, Math.min(radius, Math.min(w, h) / 2));
        g.moveTo(x + rr, y);
        g.lineTo(x + w - rr, y);
        g.arcTo(x + w, y, x + w, y + rr, rr);
        g.lineTo(x + w, y + h - rr);
        g.arcTo(x + w, y + h, x + w - rr, y + h, rr);
        g.lineTo(x + rr, y + h);
        g.arcTo(x, y + h, x, y + h - rr, rr);
        g.lineTo(x, y + rr);
        g.arcTo(x, y, x + rr, y, rr);
        g.closePath();
    }

    private static void ellipse(GraphicsContext g, double x, double y, double w, double h) {
        double k = 0.5522848;
        double cx = x + w / 2;
        double cy = y + h / 2;
        double rx = w / 2;
        double ry = h / 2;
        g.moveTo(cx + rx, cy);
        g.bezierCurveTo(cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry);
        g.bezierCurveTo(cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy);
        g.bezierCurveTo(cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry);
        g.bezierCurveTo(cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy);
        g.closePath();
    }

    private static Rectangle2D grown(Rectangle2D r, double by) {
        return new Rectangle2D(r.getMinX() - by, r.getMinY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }
}
