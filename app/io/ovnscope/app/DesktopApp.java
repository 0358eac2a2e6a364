package io.ovnscope.app;

import io.ovnscope.views.MainWindow;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: asks the wiring for the main window, shows it and opens the demo in it. */
public final class DesktopApp extends Application {
    @Override
    public void start(Stage stage) {
        MainWindow window = Wiring.fromEnvironment().mainWindow();
        window.show(stage);
        window.openDemo();
    }
}
