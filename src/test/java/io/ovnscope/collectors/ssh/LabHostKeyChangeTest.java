package io.ovnscope.collectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.NodeConnectException.Failure;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import io.ovnscope.testing.OpenSsh;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A reinstalled (or impersonated) node: the real sshd comes back with a new host key. */
@ExtendWith(Lab.class)
class LabHostKeyChangeTest {
    @TempDir
    Path home;

    @Test
    void aChangedHostKeyIsRefusedEvenWithAcceptNewAndTheFileIsUntouched(LabNode lab) throws Exception {
        Path knownHosts = home.resolve("known_hosts");
        Path otherHostKey = OpenSsh.newKey(home, "other-host", "ed25519", "");
        String otherLine = "node9.example " + String.join(" ",
                Files.readString(Path.of(otherHostKey + ".pub")).split(" ", 3)[0],
                Files.readString(Path.of(otherHostKey + ".pub")).split(" ", 3)[1]);
        Files.writeString(knownHosts, "# my nodes\n" + otherLine + "\n" + lab.knownHostsLine() + "\n");
        Path oldKey = Files.copy(lab.hostPublicKey(), home.resolve("old-host-key.pub"));
        String oldFingerprint = OpenSsh.fingerprint(oldKey);
        SshConnector connector = new SshConnector();
        HostKeyPolicy trustAnythingNew = new HostKeyPolicy(new KnownHostsFile(knownHosts), true, false, q -> true);
        try (SshNodeShell shell = connector.connect(LabSessions.target(lab), LabSessions.userKey(lab),
                trustAnythingNew)) {
            assertThat(shell.isOpen()).isTrue();
        }
        byte[] before = Files.readAllBytes(knownHosts);

        lab.sshd().replaceHostKey();
        String newFingerprint = OpenSsh.fingerprint(lab.hostPublicKey());

        assertThat(newFingerprint).isNotEqualTo(oldFingerprint);
        assertThatThrownBy(() -> connector.connect(LabSessions.target(lab), LabSessions.userKey(lab),
                trustAnythingNew))
                .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.HOST_KEY_CHANGED);
                    assertThat(e.getMessage()).startsWith("WARNING: the ssh-ed25519 host key of [127.0.0.1]:"
                                    + lab.port() + " has CHANGED")
                            .contains("now " + newFingerprint, knownHosts + " line 3 has " + oldFingerprint,
                                    "ssh-keygen -R '[127.0.0.1]:" + lab.port() + "' -f " + knownHosts);
                });
        assertThat(Files.readAllBytes(knownHosts)).isEqualTo(before);
    }
}
