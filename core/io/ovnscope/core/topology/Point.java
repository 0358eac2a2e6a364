package io.ovnscope.core.topology;

/** A point of the picture, in pixels at scale 1, y growing downwards. */
public record Point(double x, double y) {
}
