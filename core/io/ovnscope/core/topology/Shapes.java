package io.ovnscope.core.topology;

import java.util.List;

/**
 * The exact geometry of each shape inside its box, shared by the SVG writer and the JavaFX view so both draw
 * the same outline, and the room a shape needs around its text.
 */
public final class Shapes {
    /** How far the back card of a STACK peeks out, up and to the right. */
    public static final double STACK_OFFSET = 4;
    private static final double ELLIPSE_GROWTH = 1.42;

    private Shapes() {
    }

    /** The box a shape needs around a text block of this size (padding included in the text block). */
    public static double boxWidth(ShapeKind shape, double textWidth, double textHeight) {
        return switch (shape) {
            case RECTANGLE, ROUNDED -> textWidth;
            case PILL -> textWidth + textHeight * 0.6;
            case HEXAGON -> textWidth + 2 * hexagonDepth(textHeight);
            case ELLIPSE -> textWidth * ELLIPSE_GROWTH;
            case STACK -> textWidth + STACK_OFFSET;
        };
    }

    public static double boxHeight(ShapeKind shape, double textHeight) {
        return switch (shape) {
            case RECTANGLE, ROUNDED, PILL, HEXAGON -> textHeight;
            case ELLIPSE -> textHeight * ELLIPSE_GROWTH;
            case STACK -> textHeight + STACK_OFFSET;
        };
    }

    /** How far a hexagon's left and right points stick out beyond its flat top. */
    public static double hexagonDepth(double height) {
        return Math.min(height / 2, 14);
    }

    /** A HEXAGON's corners, clockwise from the left point. */
    public static List<Point> hexagon(PlacedBox box) {
        double depth = hexagonDepth(box.height());
        double midY = box.y() + box.height() / 2;
        return List.of(new Point(box.x(), midY), new Point(box.x() + depth, box.y()),
                new Point(box.right() - depth, box.y()), new Point(box.right(), midY),
                new Point(box.right() - depth, box.bottom()), new Point(box.x() + depth, box.bottom()));
    }

    /** A STACK's front card; the back card is the same size at {@link #stackBack}. */
    public static PlacedBox stackFront(PlacedBox box) {
        return new PlacedBox(box.element(), box.x(), box.y() + STACK_OFFSET, box.width() - STACK_OFFSET,
                box.height() - STACK_OFFSET, box.labelLines());
    }

    public static PlacedBox stackBack(PlacedBox box) {
        return new PlacedBox(box.element(), box.x() + STACK_OFFSET, box.y(), box.width() - STACK_OFFSET,
                box.height() - STACK_OFFSET, box.labelLines());
    }

    /** The corner radius the outline is drawn with (a PILL's is half its height). */
    public static double cornerRadius(ShapeKind shape, KindStyle style, PlacedBox box) {
        return shape == ShapeKind.PILL ? box.height() / 2 : style.cornerRadius();
    }

    /** The text block's area inside the box: where label lines go, centred horizontally. */
    public static PlacedBox textArea(PlacedBox box) {
        ShapeKind shape = TopologyStyle.of(box.element().kind()).shape();
        if (shape == ShapeKind.STACK) {
            return stackFront(box);
        }
        if (shape == ShapeKind.ELLIPSE) {
            double height = box.height() / ELLIPSE_GROWTH;
            return new PlacedBox(box.element(), box.x(), box.y() + (box.height() - height) / 2, box.width(), height,
                    box.labelLines());
        }
        return box;
    }

    /** Where each label line is written: the centre x and the baseline y, first line first. */
    public static List<Point> labelAnchors(PlacedBox box) {
        PlacedBox area = textArea(box);
        ElementKind kind = box.element().kind();
        double fontSize = TopologyStyle.of(kind).fontSize();
        double lineHeight = TopologyStyle.lineHeight(kind);
        int lines = box.labelLines().size();
        double top = area.y() + (area.height() - lines * lineHeight) / 2;
        List<Point> anchors = new java.util.ArrayList<>();
        for (int i = 0; i < lines; i++) {
            // A glyph's ascent is about 0.76 of the font size in DejaVu Sans Mono: centre the cap height.
            anchors.add(new Point(area.centerX(), top + i * lineHeight + (lineHeight - fontSize) / 2 + fontSize * 0.8));
        }
        return anchors;
    }
}
