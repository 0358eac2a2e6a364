package io.ovnscope.app.logging;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The window app's log. slf4j-simple (the logging backend) writes to {@code System.err}, which nobody sees when
 * the app was started from a menu, so the window app points {@code System.err} at a file in the user's log
 * directory: rotated at each start ({@value #KEEP} old runs kept), capped at {@value #CAP_BYTES} bytes per run.
 * JavaFX's own warnings and uncaught exceptions land there too. Started from a terminal, the terminal still
 * gets every line. The command line keeps plain stderr: scripts read it.
 */
public final class DesktopLog {
    static final int KEEP = 5;
    static final long CAP_BYTES = 10L * 1024 * 1024;

    private DesktopLog() {
    }

    /** Returns this run's log file, or empty when the directory cannot be written (the log then stays on stderr). */
    public static Optional<Path> start(Path directory, boolean alsoToTerminal) {
        try {
            Path file = new LogRotation(directory, "ovnscope", KEEP).rotate();
            OutputStream log = new CappedOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), CAP_BYTES);
            OutputStream target = alsoToTerminal ? new TeeOutputStream(System.err, log) : log;
            System.setErr(new PrintStream(target, true, StandardCharsets.UTF_8));
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            System.err.println("ovnscope: cannot write a log file in " + directory + " (" + e.getMessage()
                    + "); logging to stderr");
            return Optional.empty();
        }
    }
}
