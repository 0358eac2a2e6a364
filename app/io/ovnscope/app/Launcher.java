package io.ovnscope.app;

import io.ovnscope.app.cli.CommandLineMain;
import javafx.application.Application;

/**
 * The jar's main class. It is not a JavaFX {@code Application} on purpose: started from the class path,
 * a main class that extends Application is refused by the JavaFX launcher ("runtime components are missing").
 * With no arguments it opens the window; with arguments it is the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(DesktopApp.class);
        } else {
            System.exit(CommandLineMain.run(args));
        }
    }
}
