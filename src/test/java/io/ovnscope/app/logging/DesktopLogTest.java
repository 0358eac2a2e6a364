package io.ovnscope.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DesktopLog swaps System.err, so each test puts the original back. */
class DesktopLogTest {
    @TempDir
    Path dir;

    private PrintStream originalErr;

    @BeforeEach
    void keepStderr() {
        originalErr = System.err;
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    @Test
    void stderrLinesGoToThisRunsLogFileAndThePreviousRunIsKept() throws IOException {
        Path logs = dir.resolve("logs");
        Files.createDirectories(logs);
        Files.writeString(logs.resolve("ovnscope.log"), "previous run\n");

        Optional<Path> file = DesktopLog.start(logs, false);
        System.err.println("a warning from this run");

        assertThat(file).contains(logs.resolve("ovnscope.log"));
        assertThat(Files.readString(logs.resolve("ovnscope.log"))).isEqualTo("a warning from this run\n");
        assertThat(Files.readString(logs.resolve("ovnscope.1.log"))).isEqualTo("previous run\n");
    }

    @Test
    void aLogDirectoryThatCannotBeMadeLeavesStderrAlone() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "");

        Optional<Path> file = DesktopLog.start(notADirectory.resolve("logs"), false);

        assertThat(file).isEmpty();
        assertThat(System.err).isSameAs(originalErr);
    }
}
