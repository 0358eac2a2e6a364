package io.ovnscope.app.logging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Gives each start a fresh log file and keeps the few before it: {@code NAME.log} is this run,
 * {@code NAME.1.log} the run before, up to {@code NAME.KEEP.log}; older ones are deleted. It rotates at start
 * rather than by size during a run because slf4j-simple writes one stream that it never reopens.
 */
public record LogRotation(Path directory, String name, int keep) {
    public LogRotation {
        if (keep < 0) {
            throw new IllegalArgumentException("cannot keep " + keep + " old log files");
        }
    }

    /** Shifts the old files one place and returns the path for this run's log, which no longer exists. */
    public Path rotate() throws IOException {
        Files.createDirectories(directory);
        Path current = directory.resolve(name + ".log");
        if (keep == 0) {
            Files.deleteIfExists(current);
            return current;
        }
        Files.deleteIfExists(numbered(keep));
        for (int n = keep - 1; n >= 1; n--) {
            moveIfPresent(numbered(n), numbered(n + 1));
        }
        moveIfPresent(current, numbered(1));
        return current;
    }

    private Path numbered(int n) {
        return directory.resolve(name + "." + n + ".log");
    }

    private static void moveIfPresent(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
