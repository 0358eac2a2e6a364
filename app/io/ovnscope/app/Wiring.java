package io.ovnscope.app;

import io.ovnscope.app.pending.PendingCollector;
import io.ovnscope.app.pending.PendingDocuments;
import io.ovnscope.app.pending.SessionProfiles;
import io.ovnscope.app.settings.PropertiesRememberedValues;
import io.ovnscope.app.settings.PropertiesWindowLayoutStore;
import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.parse.OutputReader;
import io.ovnscope.app.settings.UserDirectories;
import io.ovnscope.views.MainWindow;
import io.ovnscope.views.WindowPorts;

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
                Version.current(), windowPorts());
    }

    /** The window's ports. The collector, snapshot files and profile store are stand-ins until they merge. */
    private WindowPorts windowPorts() {
        return WindowPorts.of(new PendingDocuments(), new PendingCollector(), new SessionProfiles(),
                new PropertiesRememberedValues(directories.config().resolve("settings.properties")));
    }
}
