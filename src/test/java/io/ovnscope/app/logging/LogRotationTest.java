package io.ovnscope.app.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogRotationTest {
    @TempDir
    Path dir;

    private void startRunThatLogs(LogRotation rotation, String text) throws IOException {
        Files.writeString(rotation.rotate(), text);
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    private long fileCount() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void theFirstRunCreatesTheDirectoryAndGetsTheUnnumberedFile() throws IOException {
        Path logs = dir.resolve("state/ovnscope/logs");
        Path file = new LogRotation(logs, "ovnscope", 3).rotate();
        assertThat(file).isEqualTo(logs.resolve("ovnscope.log"));
        assertThat(logs).isDirectory();
        assertThat(file).doesNotExist();
    }

    @Test
    void eachStartShiftsThePreviousRunsOnePlace() throws IOException {
        LogRotation rotation = new LogRotation(dir, "ovnscope", 3);
        startRunThatLogs(rotation, "run 1");
        startRunThatLogs(rotation, "run 2");
        startRunThatLogs(rotation, "run 3");
        assertThat(read("ovnscope.log")).isEqualTo("run 3");
        assertThat(read("ovnscope.1.log")).isEqualTo("run 2");
        assertThat(read("ovnscope.2.log")).isEqualTo("run 1");
    }

    @Test
    void onlyKeepOldRunsAreKept() throws IOException {
        LogRotation rotation = new LogRotation(dir, "ovnscope", 2);
        for (int run = 1; run <= 6; run++) {
            startRunThatLogs(rotation, "run " + run);
        }
        assertThat(fileCount()).isEqualTo(3);
        assertThat(read("ovnscope.log")).isEqualTo("run 6");
        assertThat(read("ovnscope.1.log")).isEqualTo("run 5");
        assertThat(read("ovnscope.2.log")).isEqualTo("run 4");
    }

    @Test
    void keepingNoneLeavesOnlyTheCurrentRun() throws IOException {
        LogRotation rotation = new LogRotation(dir, "ovnscope", 0);
        startRunThatLogs(rotation, "run 1");
        startRunThatLogs(rotation, "run 2");
        assertThat(fileCount()).isEqualTo(1);
        assertThat(read("ovnscope.log")).isEqualTo("run 2");
    }

    @Test
    void aNegativeKeepIsRefused() {
        assertThatThrownBy(() -> new LogRotation(dir, "ovnscope", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
