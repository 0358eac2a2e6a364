package io.ovnscope.views;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * The toolbar's glyphs: one outline style on a 16 px grid, drawn as vector paths so they stay sharp at any
 * scale and take their colour from the stylesheet.
 */
final class ToolbarIcons {
    private static final Map<String, String> PATHS = Map.of(
            "connect", "M6 10 L10 6 M7 5 L9 3 A2.8 2.8 0 0 1 13 7 L11 9 M9 11 L7 13 A2.8 2.8 0 0 1 3 9 L5 7",
            "open", "M1.5 13.5 V3 H6 L7.5 4.5 H13.5 V6.5 M1.5 13.5 L3.5 6.5 H15 L13 13.5 Z",
            "save", "M2.5 2.5 H11.5 L13.5 4.5 V13.5 H2.5 Z M5 2.5 V6 H10.5 V2.5 M5 13.5 V9.5 H11 V13.5",
            "exportSvg", "M8 10 V1.5 M5 4.5 L8 1.5 L11 4.5 M3 8 V14 H13 V8",
            "refresh", "M13.5 8 A5.5 5.5 0 1 1 11.9 4.1 M12.5 1 V4.5 H9");

    private ToolbarIcons() {
    }

    static Node of(String actionId) {
        String path = PATHS.get(actionId);
        if (path == null) {
            return null;
        }
        SVGPath glyph = new SVGPath();
        glyph.setContent(path);
        glyph.getStyleClass().add("toolbar-glyph");
        StackPane holder = new StackPane(glyph);
        holder.setMinSize(16, 16);
        holder.setPrefSize(16, 16);
        holder.setMaxSize(16, 16);
        return holder;
    }
}
