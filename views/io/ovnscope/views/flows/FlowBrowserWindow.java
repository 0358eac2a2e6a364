package io.ovnscope.views.flows;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.views.background.Background;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The window the flow tables open in: one, reused, showing the bridge last opened from the navigator. */
public final class FlowBrowserWindow {
    private final Window owner;
    private final String styleSheet;
    private Stage stage;
    private FlowTableView view;

    private final Background background;

    public FlowBrowserWindow(Window owner, String styleSheet, Background background) {
        this.owner = Objects.requireNonNull(owner);
        this.styleSheet = Objects.requireNonNull(styleSheet);
        this.background = Objects.requireNonNull(background);
    }

    /** Shows the bridge's flows, at the first flow of {@code table} when one is given. */
    public void show(String bridge, List<Flow> flows, OptionalInt table) {
        if (stage == null) {
            view = new FlowTableView(background);
            stage = new Stage();
            stage.initOwner(owner);
            Scene scene = new Scene(view.view(), 1100, 640);
            scene.getStylesheets().add(styleSheet);
            stage.setScene(scene);
        }
        stage.setTitle("Flows of " + bridge + " — ovnscope");
        view.show(bridge, flows);
        stage.show();
        stage.toFront();
        table.ifPresent(view::jumpToTable);
    }
}
