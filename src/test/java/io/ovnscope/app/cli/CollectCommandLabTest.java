package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** `ovnscope collect` against the lab's real sshd, as a script would run it (no terminal to ask on). */
@ExtendWith(Lab.class)
class CollectCommandLabTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int collect(LabNode lab, Path key, Path knownHosts, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("collect", "--host", lab.host(),
                "--port", Integer.toString(lab.port()), "--user", "root", "--identity", key.toString(),
                "--known-hosts", knownHosts.toString(), "-o", dir.resolve("node.json").toString()));
        args.addAll(List.of(more));
        return CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    @Test
    void anUnknownHostKeyIsRefusedWithoutAcceptNewAndNothingIsWritten(LabNode lab) throws Exception {
        Path knownHosts = dir.resolve("known_hosts");
        assertThat(collect(lab, lab.userKey(), knownHosts)).isEqualTo(1);
        assertThat(err.toString()).contains("SHA256:", "--accept-new");
        assertThat(knownHosts).doesNotExist();
        assertThat(dir.resolve("node.json")).doesNotExist();
    }

    @Test
    void acceptNewRemembersTheKeyAndWritesTheSnapshot(LabNode lab) throws Exception {
        Path knownHosts = dir.resolve("known_hosts");
        assertThat(collect(lab, lab.userKey(), knownHosts, "--accept-new")).isZero();
        assertThat(Files.readString(knownHosts)).contains("[127.0.0.1]:" + lab.port() + " ssh-ed25519 ");
        assertThat(dir.resolve("node.json")).isNotEmptyFile();
        assertThat(err.toString()).contains("microshift-dev");
        // Again, now known: no --accept-new needed.
        assertThat(collect(lab, lab.userKey(), knownHosts)).isZero();
    }

    @Test
    void aChangedHostKeyIsRefusedEvenWithAcceptNew(LabNode lab) throws Exception {
        Path otherKey = dir.resolve("other");
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", otherKey.toString())
                .inheritIO().start().waitFor();
        String[] other = Files.readString(otherKey.resolveSibling("other.pub")).split(" ");
        Path knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + lab.port() + " " + other[0] + " " + other[1] + "\n");
        String before = Files.readString(knownHosts);

        assertThat(collect(lab, lab.userKey(), knownHosts, "--accept-new")).isEqualTo(1);
        assertThat(err.toString()).contains("CHANGED");
        assertThat(err.toString().lines().filter(l -> l.startsWith("ovnscope collect:"))).hasSize(1);
        assertThat(Files.readString(knownHosts)).isEqualTo(before);
    }

    @Test
    void aWrongKeyIsRefusedInOneLine(LabNode lab) throws Exception {
        Path wrongKey = dir.resolve("wrong");
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", wrongKey.toString())
                .inheritIO().start().waitFor();
        Path knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, lab.knownHostsLine() + "\n");

        assertThat(collect(lab, wrongKey, knownHosts)).isEqualTo(1);
        assertThat(err.toString()).contains("refused key").doesNotContain("Exception");
    }
}
