package io.ovnscope.collectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.NodeConnectException.Failure;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Network faults before SSH even starts, each said in one line. */
class ConnectFailuresTest {
    @TempDir
    Path home;

    @Test
    void aServerThatNeverSpeaksIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            SshTarget target = SshTarget.of("root", "127.0.0.1", silent.getLocalPort())
                    .withConnectTimeout(Duration.ofSeconds(1));
            long start = System.nanoTime();

            assertThatThrownBy(() -> new SshConnector().connect(target, new SshAuth.Password("x".toCharArray()),
                    policy()))
                    .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.TIMEOUT);
                        assertThat(e.getMessage())
                                .isEqualTo("127.0.0.1:" + silent.getLocalPort() + " did not answer within 1 s");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aNameThatDoesNotResolveIsAnUnknownHost() {
        SshTarget target = SshTarget.of("root", "no-such-node.invalid", 22).withConnectTimeout(Duration.ofSeconds(5));

        assertThatThrownBy(() -> new SshConnector().connect(target, new SshAuth.Password("x".toCharArray()),
                policy()))
                .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.UNKNOWN_HOST);
                    assertThat(e.getMessage()).isEqualTo("unknown host no-such-node.invalid");
                });
    }

    @Test
    void aMissingKeyFileIsNamed() {
        Path missing = home.resolve("id_nope");

        assertThatThrownBy(() -> new SshConnector().connect(SshTarget.of("root", "127.0.0.1", 22),
                new SshAuth.KeyFile(missing, (file, attempt) -> null), policy()))
                .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.KEY_UNREADABLE);
                    assertThat(e.getMessage()).isEqualTo("key file " + missing + " does not exist");
                });
    }

    @Test
    void jumpHostsAreReadLikeOpenSshsDashJ() {
        assertThat(SshTarget.Jump.parse("admin@bastion:2222", "root"))
                .isEqualTo(new SshTarget.Jump("admin", "bastion", 2222));
        assertThat(SshTarget.Jump.parse("bastion", "root")).isEqualTo(new SshTarget.Jump("root", "bastion", 22));
    }

    private HostKeyPolicy policy() {
        return HostKeyPolicy.asking(new KnownHostsFile(home.resolve("known_hosts")), HostKeyPrompt.REFUSE);
    }
}
