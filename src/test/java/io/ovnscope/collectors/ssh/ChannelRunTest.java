package io.ovnscope.collectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.NodeConnectException.Failure;
import io.ovnscope.core.node.ParallelRunner;
import io.ovnscope.core.node.RunProgress;
import io.ovnscope.core.snapshot.Outcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the client does with channels, against an Apache SSHD server in this JVM (no root, no lab). */
class ChannelRunTest {
    @TempDir
    Path home;
    private InProcessSshd server;
    private SshNodeShell shell;

    @BeforeEach
    void connect() throws Exception {
        server = new InProcessSshd();
        shell = new SshConnector().connect(SshTarget.of("tester", "127.0.0.1", server.port()),
                new SshAuth.Password(InProcessSshd.PASSWORD.toCharArray()),
                HostKeyPolicy.asking(server.trustedIn(home), HostKeyPrompt.REFUSE));
    }

    @AfterEach
    void close() throws Exception {
        shell.close();
        server.close();
    }

    @Test
    void runsAtMostEightChannelsAtOnceInTheOrderGiven() {
        List<CommandSpec> specs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            specs.add(CommandSpec.of("sleep 200"));
        }
        List<Integer> started = new CopyOnWriteArrayList<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void started(int index, CommandSpec spec) {
                started.add(index);
            }
        };
        long start = System.nanoTime();
        List<CommandRun> runs = new ParallelRunner(shell).runAll(specs, progress, CancelToken.none());

        assertThat(runs).extracting(CommandRun::outcome).containsOnly(Outcome.COMPLETED);
        assertThat(server.mostAtOnce()).isEqualTo(SshNodeShell.MAX_CHANNELS);
        // 20 commands of 200 ms in waves of 8: three waves, not one and not twenty.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(600),
                Duration.ofMillis(2500));
        assertThat(started.subList(0, 8)).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(started.subList(16, 20)).containsExactlyInAnyOrder(16, 17, 18, 19);
    }

    @Test
    void aTimeoutKeepsWhatWasPrinted() {
        CommandRun run = shell.run(CommandSpec.of("print half a line then sleep 10000")
                .withTimeout(Duration.ofMillis(300)), CancelToken.none());

        assertThat(run.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(run.stdout()).isEqualTo("half a line");
        assertThat(run.exitCode()).isNull();
        assertThat(run.failure()).isEqualTo("timed out after 0.3 s; kept the 11 bytes it printed until then");
        assertThat(run.duration()).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void theCapCutsTheOutputAndSaysHowMuchWasKept() {
        CommandRun run = shell.run(CommandSpec.of("flood 10000000").withOutputCap(1000), CancelToken.none());

        assertThat(run.outcome()).isEqualTo(Outcome.TRUNCATED);
        assertThat(run.truncated()).isTrue();
        assertThat(run.stdout()).hasSize(1000).startsWith("y\ny\n");
        assertThat(run.failure()).startsWith("output cut at the cap: kept the first 1000 bytes of at least ");
    }

    @Test
    void outputJustAtTheCapIsComplete() {
        CommandRun run = shell.run(CommandSpec.of("flood 1000").withOutputCap(1000), CancelToken.none());

        assertThat(run.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.truncated()).isFalse();
        assertThat(run.stdout()).hasSize(1000);
    }

    @Test
    void stdinIsSentAndClosed() {
        CommandRun fed = shell.run(CommandSpec.of("cat").withStdin("table=0,priority=100,actions=drop\n"),
                CancelToken.none());
        CommandRun unfed = shell.run(CommandSpec.of("cat").withTimeout(Duration.ofSeconds(5)), CancelToken.none());

        assertThat(fed.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(fed.stdout()).isEqualTo("table=0,priority=100,actions=drop\n");
        assertThat(unfed.outcome()).as("without stdin the input is closed at once, so cat ends")
                .isEqualTo(Outcome.COMPLETED);
        assertThat(unfed.duration()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void exitStatusAndExitSignalAreKept() {
        CommandRun failed = shell.run(CommandSpec.of("exit 3"), CancelToken.none());
        CommandRun killed = shell.run(CommandSpec.of("signal KILL"), CancelToken.none());

        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.exitCode()).isEqualTo(3);
        assertThat(failed.failure()).isEqualTo("exit status 3");
        assertThat(killed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(killed.exitCode()).isNull();
        assertThat(killed.exitSignal()).isEqualTo("KILL");
        assertThat(killed.failure()).isEqualTo("killed by signal KILL");
    }

    @Test
    void aClosedShellRunsNothingAndSaysWhy() {
        shell.close();

        CommandRun run = shell.run(CommandSpec.of("exit 0"), CancelToken.none());

        assertThat(run.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(run.failure()).startsWith("connection lost: ");
        assertThat(shell.isOpen()).isFalse();
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        assertThatThrownBy(() -> new SshConnector().connect(SshTarget.of("tester", "127.0.0.1", server.port()),
                new SshAuth.Password("nope".toCharArray()),
                HostKeyPolicy.asking(new KnownHostsFile(home.resolve("known_hosts")), HostKeyPrompt.REFUSE)))
                .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                    assertThat(e.failure()).isEqualTo(Failure.AUTH_REFUSED);
                    assertThat(e.getMessage()).isEqualTo("the server refused the password for user tester");
                });
    }

    @Test
    void aJumpHostCarriesTheConnectionAndBothKeysAreChecked() throws Exception {
        try (InProcessSshd target = new InProcessSshd()) {
            KnownHostsFile knownHosts = target.trustedIn(home);
            SshTarget viaJump = SshTarget.of("tester", "127.0.0.1", target.port())
                    .withJump(SshTarget.Jump.parse("tester@127.0.0.1:" + server.port(), "tester"));
            try (SshNodeShell jumped = new SshConnector().connect(viaJump,
                    new SshAuth.Password(InProcessSshd.PASSWORD.toCharArray()),
                    HostKeyPolicy.asking(knownHosts, HostKeyPrompt.REFUSE))) {
                assertThat(jumped.run(CommandSpec.of("exit 0"), CancelToken.none()).outcome())
                        .isEqualTo(Outcome.COMPLETED);
            }
            assertThat(target.mostAtOnce()).isEqualTo(1);
            assertThat(server.mostAtOnce()).as("the jump host only forwards").isZero();
        }
    }

    @Test
    void anUnknownJumpHostKeyIsRefusedUnderTheJumpHostsName() throws Exception {
        try (InProcessSshd target = new InProcessSshd()) {
            java.nio.file.Path other = java.nio.file.Files.createDirectories(home.resolve("only-target"));
            KnownHostsFile onlyTarget = target.trustedIn(other);
            SshTarget viaJump = SshTarget.of("tester", "127.0.0.1", target.port())
                    .withJump(SshTarget.Jump.parse("127.0.0.1:" + server.port(), "tester"));

            assertThatThrownBy(() -> new SshConnector().connect(viaJump,
                    new SshAuth.Password(InProcessSshd.PASSWORD.toCharArray()),
                    HostKeyPolicy.asking(onlyTarget, HostKeyPrompt.REFUSE)))
                    .isInstanceOfSatisfying(NodeConnectException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.HOST_KEY_UNKNOWN);
                        assertThat(e.getMessage()).contains("host key of [127.0.0.1]:" + server.port() + " ");
                    });
        }
    }
}
