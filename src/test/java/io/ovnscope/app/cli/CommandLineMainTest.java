package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CommandLineMainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheOptionsAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: ovnscope", "--version", "--debug", "Exit codes");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void versionPrintsTheVersionOfThePom() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("ovnscope " + System.getProperty("ovnscope.expected.version"));
    }

    @Test
    void aBadOptionIsAUsageErrorInOneLine() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("--no-such-option").contains("--help");
    }
}
