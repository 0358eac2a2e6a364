package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.app.Wiring;
import io.ovnscope.testing.FixtureSnapshots;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ovnscope diff` on snapshot files made here; the lab test changes a real node between two collections. */
class DiffCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aSnapshotComparedWithItsCopySaysNoDifferences() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json.gz");
        Wiring.fromEnvironment().snapshotFiles().save(FixtureSnapshots.demo(), a);
        Wiring.fromEnvironment().snapshotFiles().save(FixtureSnapshots.demo(), b);

        assertThat(run("diff", a.toString(), b.toString())).isZero();
        assertThat(out.toString()).isEqualTo("microshift-dev 2026-11-22T17:18:03Z -> 2026-11-22T17:18:03Z\n"
                + "flows: 0 added, 0 removed, 0 with moved counters; configuration: 0 changes\nno differences\n");
    }

    @Test
    void jsonListsTheThreeSectionsEvenWhenEmpty() throws Exception {
        Path a = dir.resolve("a.json");
        Wiring.fromEnvironment().snapshotFiles().save(FixtureSnapshots.demo(), a);
        assertThat(run("diff", a.toString(), a.toString(), "--format", "json")).isZero();
        assertThat(out.toString()).isEqualTo("{\"node\":\"microshift-dev\",\"before\":\"2026-11-22T17:18:03Z\","
                + "\"after\":\"2026-11-22T17:18:03Z\",\"flows\":[],\"counters\":[],\"objects\":[]}\n");
    }

    @Test
    void aMissingFileFailsInOneLine() {
        assertThat(run("diff", dir.resolve("nope.json").toString(), dir.resolve("nope.json").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("ovnscope diff: ").hasLineCount(1);
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        assertThat(run("diff", "a.json", "b.json", "--format", "xml")).isEqualTo(2);
    }
}
