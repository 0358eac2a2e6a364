package io.ovnscope.core.topology;

import java.util.Objects;

/**
 * How one kind of element is drawn. Colours are CSS hex strings ({@code #rrggbb}) so that SVG and JavaFX read
 * them the same way.
 *
 * @param cornerRadius the corner radius for RECTANGLE, ROUNDED and STACK shapes
 */
public record KindStyle(ShapeKind shape, String fill, String stroke, double strokeWidth, String textColour,
                        double fontSize, boolean boldName, double cornerRadius) {
    public KindStyle {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(stroke, "stroke");
        Objects.requireNonNull(textColour, "textColour");
    }
}
