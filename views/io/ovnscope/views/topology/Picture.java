package io.ovnscope.views.topology;

import io.ovnscope.core.topology.Layout;

/**
 * One laid-out snapshot as the pane holds it: the core's layout, which the SVG export writes, and the drawing
 * made from it, which the canvas paints.
 */
record Picture(Layout layout, Drawing drawing) {
}
