package io.ovnscope.views.topology;

import io.ovnscope.core.topology.ShapeKind;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * How one kind of element is drawn, read from the core's style table so the window and the SVG agree; the
 * fonts are made once per kind, not once per box and frame.
 *
 * @param icon an SVG path on a 16 by 16 grid, drawn in the stroke colour; empty for none
 */
public record BoxLook(ShapeKind shape, Color fill, Color stroke, double strokeWidth, Color text,
                      double cornerRadius, Font name, Font plain, double lineHeight, String icon) {
}
