package io.ovnscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, run as a user runs it: `java -jar target/ovnscope.jar ...`. */
class LauncherJarIT {
    private static final Path JAR = Path.of(System.getProperty("ovnscope.jar", "target/ovnscope.jar"));

    record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("ovnscope-out", ".txt");
        Path err = Files.createTempFile("ovnscope-err", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the jar answers within a minute").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarPrintsItsVersionWithItsDependenciesBesideIt() throws Exception {
        Result result = run("--version");
        assertThat(result.exit()).isZero();
        assertThat(result.out().strip()).isEqualTo("ovnscope " + System.getProperty("ovnscope.expected.version"));
    }

    @Test
    void aBadOptionExitsTwoWithOneLineAndNoStackTrace() throws Exception {
        Result result = run("--frobnicate");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
