package io.ovnscope.core.topology;

/** The outline an element kind is drawn with; {@link Shapes} gives the exact geometry both renderers use. */
public enum ShapeKind {
    /** A plain rectangle (corner radius from the style, usually 0 to 3). */
    RECTANGLE,
    /** A rectangle with clearly rounded corners. */
    ROUNDED,
    /** A rectangle whose short sides are half circles. */
    PILL,
    /** An ellipse touching the box's sides. */
    ELLIPSE,
    /** A six-sided box with pointed left and right ends. */
    HEXAGON,
    /** A rounded rectangle with a second one peeking out behind it: a stack of many. */
    STACK
}
