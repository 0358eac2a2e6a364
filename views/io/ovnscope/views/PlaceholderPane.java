package io.ovnscope.views;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A titled pane body that says, in one line, what will appear there and when. */
final class PlaceholderPane {
    private PlaceholderPane() {
    }

    static StackPane of(String id, String title, String whatComes) {
        Label heading = new Label(title);
        heading.getStyleClass().add("placeholder-title");
        Label line = new Label(whatComes);
        line.getStyleClass().add("placeholder-text");
        line.setWrapText(true);
        VBox text = new VBox(6, heading, line);
        text.setAlignment(Pos.CENTER);
        text.setMaxWidth(420);
        StackPane pane = new StackPane(text);
        pane.setId(id);
        pane.getStyleClass().add("placeholder");
        return pane;
    }
}
