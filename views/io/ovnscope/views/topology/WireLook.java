package io.ovnscope.views.topology;

import javafx.scene.paint.Color;

/** How one kind of edge is drawn, from the core's style table. */
public record WireLook(Color stroke, double width, boolean dashed) {
}
