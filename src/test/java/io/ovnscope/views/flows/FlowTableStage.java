package io.ovnscope.views.flows;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Shows a flow table on a stage with the application's style sheet, as the flow window does. */
final class FlowTableStage {
    private FlowTableStage() {
    }

    /** Call on the FX thread. */
    static Scene show(Stage stage, FlowTableView view, double width, double height) {
        Scene scene = new Scene(view.view(), width, height);
        scene.getStylesheets().add(Objects.requireNonNull(
                FlowTableView.class.getResource("/io/ovnscope/views/ovnscope.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
