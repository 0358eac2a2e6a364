package io.ovnscope.app;

import io.ovnscope.app.cli.CommandLineMain;
import io.ovnscope.app.logging.DesktopLog;
import io.ovnscope.app.settings.UserDirectories;
import javafx.application.Application;
import org.slf4j.LoggerFactory;

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
            UserDirectories directories = UserDirectories.fromEnvironment();
            // Both must happen before JavaFX or any logger starts: each reads its setting once.
            DesktopLog.start(directories.logs(), System.console() != null);
            JavaFxNativeCache.useUserCacheUnlessSet(directories.cache());
            LoggerFactory.getLogger(Launcher.class).info("ovnscope {} on Java {}, {} {}", Version.current(),
                    System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
            Application.launch(DesktopApp.class);
        } else {
            System.exit(CommandLineMain.run(args));
        }
    }
}
