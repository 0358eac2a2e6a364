package io.ovnscope.app;

import io.ovnscope.app.settings.PropertiesWindowLayoutStore;
import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.parse.OutputReader;
import io.ovnscope.app.settings.UserDirectories;
import io.ovnscope.views.MainWindow;

/** The one place that creates the implementations and hands them to the views and commands. */
public final class Wiring {
    private final UserDirectories directories;

    private Wiring(UserDirectories directories) {
        this.directories = directories;
    }

    public static Wiring fromEnvironment() {
        return new Wiring(UserDirectories.fromEnvironment());
    }

    public OutputReader outputReader() {
        return new OutputReader(OutputKinds.all());
    }

    public MainWindow mainWindow() {
        return new MainWindow(new PropertiesWindowLayoutStore(directories.config().resolve("window.properties")),
                Version.current());
    }
}
