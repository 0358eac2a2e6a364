package io.ovnscope.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: asks the wiring for the main window and shows it. */
public final class DesktopApp extends Application {
    @Override
    public void start(Stage stage) {
        Wiring.fromEnvironment().mainWindow().show(stage);
    }
}
