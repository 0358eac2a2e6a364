package io.ovnscope.collectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.HostKeyQuestion;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.NodeConnectException.Failure;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import io.ovnscope.testing.OpenSsh;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Faults a user meets before the first command, each against the lab's real OpenSSH sshd. */
@ExtendWith(Lab.class)
class LabAuthFaultsTest {
    @TempDir
    Path home;

    @Test
    void aKeyTheServerDoesNotKnowIsRefusedByName(LabNode lab) throws Exception {
        Path stranger = OpenSsh.newKey(home, "stranger", "ed25519", "");
        String fingerprint = OpenSsh.fingerprint(Path.of(stranger + ".pub"));
        HostKeyPolicy hostKeys = HostKeyPolicy.asking(LabSessions.trusting(lab, home), HostKeyPrompt.REFUSE);

        assertThatThrownBy(() -> new SshConnector().connect(LabSessions.target(lab),
                new SshAuth.KeyFile(stranger, PassphrasePrompt.NONE), hostKeys))
                .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.AUTH_REFUSED);
                    assertThat(e.getMessage()).isEqualTo("the server refused key " + stranger
                            + " (ssh-ed25519 " + fingerprint + ") for user root");
                });
    }

    @Test
    void anUnknownHostKeyIsShownAndRefusedUnlessAccepted(LabNode lab) throws Exception {
        Path knownHosts = home.resolve("known_hosts");
        List<HostKeyQuestion> asked = new ArrayList<>();
        HostKeyPolicy hostKeys = HostKeyPolicy.asking(new KnownHostsFile(knownHosts), q -> {
            asked.add(q);
            return false;
        });

        assertThatThrownBy(() -> new SshConnector().connect(LabSessions.target(lab), LabSessions.userKey(lab),
                hostKeys))
                .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.HOST_KEY_UNKNOWN);
                    assertThat(e.getMessage()).contains("[127.0.0.1]:" + lab.port(), knownHosts.toString(),
                            "--accept-new");
                });
        String expected = OpenSsh.fingerprint(lab.hostPublicKey());
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.fingerprint()).isEqualTo(expected);
            assertThat(q.keyType()).isEqualTo("ssh-ed25519");
            assertThat(q.port()).isEqualTo(lab.port());
        });
        assertThat(knownHosts).doesNotExist();
    }

    @Test
    void acceptNewWritesALineOpenSshFinds(LabNode lab) throws Exception {
        Path knownHosts = home.resolve("ssh").resolve("known_hosts");
        HostKeyPolicy hostKeys = HostKeyPolicy.asking(new KnownHostsFile(knownHosts), HostKeyPrompt.REFUSE)
                .withAcceptNew(true);

        try (SshNodeShell shell = new SshConnector().connect(LabSessions.target(lab), LabSessions.userKey(lab),
                hostKeys)) {
            assertThat(shell.run(CommandSpec.of("echo hi"), CancelToken.none()).stdout()).isEqualTo("hi\n");
        }
        assertThat(Files.readAllLines(knownHosts)).containsExactly(lab.knownHostsLine());
        // ssh-keygen -F looks the host up the way ssh does; it prints the matching line after a comment.
        String found = OpenSsh.run("ssh-keygen", "-F", "[127.0.0.1]:" + lab.port(), "-f", knownHosts.toString());
        assertThat(found).contains("found: line 1", lab.knownHostsLine());
    }

    @Test
    void aKeyTheUserAcceptsIsWrittenHashedWhenAsked(LabNode lab) throws Exception {
        Path knownHosts = home.resolve("known_hosts");
        Files.writeString(knownHosts, "# mine\n");
        HostKeyPolicy hostKeys = new HostKeyPolicy(new KnownHostsFile(knownHosts), false, true, q -> true);

        try (SshNodeShell shell = new SshConnector().connect(LabSessions.target(lab), LabSessions.userKey(lab),
                hostKeys)) {
            assertThat(shell.isOpen()).isTrue();
        }
        List<String> lines = Files.readAllLines(knownHosts);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("|1|").doesNotContain("127.0.0.1");
        String found = OpenSsh.run("ssh-keygen", "-F", "[127.0.0.1]:" + lab.port(), "-f", knownHosts.toString());
        assertThat(found).contains("found: line 2");
    }

    @Test
    void encryptedKeysOfEveryFormatLogIn(LabNode lab) throws Exception {
        List<Path> keys = List.of(
                OpenSsh.newKey(home, "rsa-pem", "rsa", "", "-b", "2048", "-m", "PEM"),
                OpenSsh.newKey(home, "rsa-pkcs8", "rsa", "", "-b", "2048", "-m", "PKCS8"),
                OpenSsh.newKey(home, "ecdsa", "ecdsa", ""),
                OpenSsh.newKey(home, "ecdsa-pem", "ecdsa", "", "-m", "PEM"),
                OpenSsh.newKey(home, "ed25519-secret", "ed25519", "s3cret"),
                OpenSsh.newKey(home, "rsa-pem-secret", "rsa", "s3cret", "-b", "2048", "-m", "PEM"));
        for (Path key : keys) {
            lab.authorize(Path.of(key + ".pub"));
        }
        HostKeyPolicy hostKeys = HostKeyPolicy.asking(LabSessions.trusting(lab, home), HostKeyPrompt.REFUSE);
        for (Path key : keys) {
            PassphrasePrompt prompt = (file, attempt) -> "s3cret".toCharArray();
            try (SshNodeShell shell = new SshConnector().connect(LabSessions.target(lab),
                    new SshAuth.KeyFile(key, prompt), hostKeys)) {
                assertThat(shell.run(CommandSpec.of("echo in"), CancelToken.none()).stdout())
                        .as(key.getFileName().toString()).isEqualTo("in\n");
            }
        }
    }

    @Test
    void aWrongPassphraseIsSaidAfterThreeAttempts(LabNode lab) throws Exception {
        Path key = OpenSsh.newKey(home, "locked", "ed25519", "right");
        List<Integer> attempts = new ArrayList<>();
        PassphrasePrompt wrong = (file, attempt) -> {
            attempts.add(attempt);
            return "wrong".toCharArray();
        };
        HostKeyPolicy hostKeys = HostKeyPolicy.asking(LabSessions.trusting(lab, home), HostKeyPrompt.REFUSE);

        assertThatThrownBy(() -> new SshConnector().connect(LabSessions.target(lab),
                new SshAuth.KeyFile(key, wrong), hostKeys))
                .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.PASSPHRASE);
                    assertThat(e.getMessage()).isEqualTo("wrong passphrase for key " + key + " (3 attempts)");
                });
        assertThat(attempts).containsExactly(1, 2, 3);
    }

    @Test
    void anEncryptedKeyWithoutPassphraseIsSaidSo(LabNode lab) throws Exception {
        Path key = OpenSsh.newKey(home, "locked", "ed25519", "right");
        HostKeyPolicy hostKeys = HostKeyPolicy.asking(LabSessions.trusting(lab, home), HostKeyPrompt.REFUSE);

        assertThatThrownBy(() -> new SshConnector().connect(LabSessions.target(lab),
                new SshAuth.KeyFile(key, PassphrasePrompt.NONE), hostKeys))
                .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.PASSPHRASE);
                    assertThat(e.getMessage()).isEqualTo("key " + key + " is encrypted and no passphrase was given");
                });
    }

    @Test
    void aPublicKeyGivenByMistakeIsNamed(LabNode lab) throws Exception {
        Path pub = Path.of(lab.userKey() + ".pub");
        HostKeyPolicy hostKeys = HostKeyPolicy.asking(LabSessions.trusting(lab, home), HostKeyPrompt.REFUSE);

        assertThatThrownBy(() -> new SshConnector().connect(LabSessions.target(lab),
                new SshAuth.KeyFile(pub, PassphrasePrompt.NONE), hostKeys))
                .isInstanceOfSatisfying(NodeConnectException.class,
                        e -> assertThat(e.failure()).isEqualTo(Failure.KEY_UNREADABLE));
    }

    @Test
    void aClosedPortIsConnectionRefused(LabNode lab) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        HostKeyPolicy hostKeys = HostKeyPolicy.asking(LabSessions.trusting(lab, home), HostKeyPrompt.REFUSE);

        assertThatThrownBy(() -> new SshConnector().connect(SshTarget.of("root", "127.0.0.1", closed),
                LabSessions.userKey(lab), hostKeys))
                .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.CONNECTION_REFUSED);
                    assertThat(e.getMessage()).startsWith("connection refused by 127.0.0.1:" + closed);
                });
    }

    @Test
    void theSshAgentLogsIn(LabNode lab) throws Exception {
        Path socket = home.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("agent.log").toFile()).start();
        try {
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(20);
            }
            ProcessBuilder add = new ProcessBuilder("ssh-add", lab.userKey().toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", socket.toString());
            assertThat(add.start().waitFor()).isZero();
            HostKeyPolicy hostKeys = HostKeyPolicy.asking(LabSessions.trusting(lab, home), HostKeyPrompt.REFUSE);

            try (SshNodeShell shell = new SshConnector().connect(LabSessions.target(lab), new SshAuth.Agent(socket),
                    hostKeys)) {
                assertThat(shell.run(CommandSpec.of("echo agent"), CancelToken.none()).stdout())
                        .isEqualTo("agent\n");
            }
        } finally {
            agent.destroy();
            agent.waitFor();
        }
    }
}
