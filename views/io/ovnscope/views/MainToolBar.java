package io.ovnscope.views;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The toolbar: one button per window action, in groups. */
final class MainToolBar {
    private MainToolBar() {
    }

    static ToolBar of(List<List<WindowAction>> groups) {
        ToolBar bar = new ToolBar();
        bar.setId("toolbar");
        for (List<WindowAction> group : groups) {
            if (!bar.getItems().isEmpty()) {
                bar.getItems().add(new Separator());
            }
            for (WindowAction action : group) {
                bar.getItems().add(button(action));
            }
        }
        return bar;
    }

    private static Button button(WindowAction action) {
        Button button = new Button(action.text());
        button.setId(action.id());
        button.setGraphic(ToolbarIcons.of(action.id()));
        button.disableProperty().bind(action.disabledProperty());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(action.tooltipProperty());
        button.setTooltip(tooltip);
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        return button;
    }
}
