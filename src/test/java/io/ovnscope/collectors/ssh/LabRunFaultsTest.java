package io.ovnscope.collectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.ParallelRunner;
import io.ovnscope.core.node.RunProgress;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Faults during a collection, with the lab's real sshd: the rest of the collection stands and says why. */
@ExtendWith(Lab.class)
class LabRunFaultsTest {
    @TempDir
    Path home;

    @Test
    void aHangingCommandTimesOutAndTheOthersStand(LabNode lab) throws Exception {
        List<CommandSpec> specs = List.of(
                CommandSpec.of(lab.hangingCommand("hang.pid")).withTimeout(Duration.ofSeconds(2)),
                CommandSpec.of("ovs-vsctl list-br"),
                CommandSpec.of("iptables-save -t nat"));
        long start = System.nanoTime();
        try (SshNodeShell shell = LabSessions.connect(lab, home)) {
            List<CommandRun> runs = new ParallelRunner(shell).runAll(specs, RunProgress.NONE, CancelToken.none());

            CommandRun hung = runs.get(0);
            assertThat(hung.outcome()).isEqualTo(Outcome.TIMED_OUT);
            assertThat(hung.exitCode()).isNull();
            assertThat(hung.stdout()).isEqualTo("before\n");
            assertThat(hung.failure()).isEqualTo("timed out after 2.0 s; kept the 7 bytes it printed until then");
            assertThat(hung.duration()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
            assertThat(runs.get(1).outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(runs.get(1).stdout()).isEqualTo("br-ex\nbr-int\n");
            assertThat(runs.get(2).outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(shell.isOpen()).isTrue();
            assertThat(shell.run(CommandSpec.of("echo still"), CancelToken.none()).stdout()).isEqualTo("still\n");
        } finally {
            lab.killRecorded("hang.pid");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aHugeOutputIsCappedAndSaidSo(LabNode lab) throws Exception {
        long cap = 1024 * 1024;
        CommandSpec flood = CommandSpec.of("head -c 50000000 /dev/zero | tr '\\0' x").withOutputCap(cap);
        try (SshNodeShell shell = LabSessions.connect(lab, home)) {
            CommandRun run = shell.run(flood, CancelToken.none());

            assertThat(run.outcome()).isEqualTo(Outcome.TRUNCATED);
            assertThat(run.truncated()).isTrue();
            assertThat(run.stdout()).hasSize((int) cap).matches("x+");
            assertThat(run.failure()).startsWith("output cut at the cap: kept the first 1048576 bytes of at least ");
            assertThat(run.duration()).isLessThan(Duration.ofSeconds(10));
            assertThat(shell.run(CommandSpec.of("echo after"), CancelToken.none()).stdout()).isEqualTo("after\n");
        }
    }

    @Test
    void sshdStoppedMidCollectionGivesPartialResultsThatSayWhy(LabNode lab) throws Exception {
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(CommandSpec.of("ovs-vsctl list-br"));
        for (int i = 0; i < 15; i++) {
            specs.add(CommandSpec.of("sleep 30; echo late " + i));
        }
        CountDownLatch firstDone = new CountDownLatch(1);
        RunProgress progress = new RunProgress() {
            @Override
            public void finished(int index, CommandRun run) {
                if (index == 0) {
                    firstDone.countDown();
                }
            }
        };
        try (SshNodeShell shell = LabSessions.connect(lab, home)) {
            Thread killer = new Thread(() -> {
                try {
                    firstDone.await(20, TimeUnit.SECONDS);
                    Thread.sleep(300);
                    lab.sshd().stop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            killer.start();
            List<CommandRun> runs = new ParallelRunner(shell).runAll(specs, progress, CancelToken.none());
            killer.join();

            assertThat(runs.get(0).outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(runs.get(0).stdout()).isEqualTo("br-ex\nbr-int\n");
            List<CommandRun> cut = runs.subList(1, runs.size());
            // The sleeps held all 8 channels when sshd died (list-br had freed its own); 7 still waited for one.
            assertThat(cut).filteredOn(r -> r.outcome() == Outcome.FAILED).hasSize(SshNodeShell.MAX_CHANNELS);
            assertThat(cut).filteredOn(r -> r.outcome() == Outcome.NOT_RUN).hasSize(15 - SshNodeShell.MAX_CHANNELS);
            assertThat(cut).allSatisfy(r -> {
                assertThat(r.failure()).isEqualTo("connection lost: root@127.0.0.1:" + lab.port()
                        + " closed the connection");
                assertThat(r.exitCode()).isNull();
            });
            assertThat(shell.isOpen()).isFalse();
        } finally {
            lab.sshd().start();
        }
    }

    @Test
    void cancelStopsRunningCommandsAndKeepsTheRestFromStarting(LabNode lab) throws Exception {
        List<CommandSpec> specs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            specs.add(CommandSpec.of("sleep 30"));
        }
        CancelToken cancel = new CancelToken();
        try (SshNodeShell shell = LabSessions.connect(lab, home)) {
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(700);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                cancel.cancel();
            });
            canceller.start();
            long start = System.nanoTime();
            List<CommandRun> runs = new ParallelRunner(shell).runAll(specs, RunProgress.NONE, cancel);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(runs).filteredOn(r -> r.outcome() == Outcome.FAILED).hasSize(SshNodeShell.MAX_CHANNELS)
                    .allSatisfy(r -> assertThat(r.failure()).startsWith("cancelled after "));
            assertThat(runs).filteredOn(r -> r.outcome() == Outcome.NOT_RUN).hasSize(4)
                    .allSatisfy(r -> assertThat(r.failure()).isEqualTo("cancelled before it started"));
            assertThat(shell.run(CommandSpec.of("echo on"), CancelToken.none()).stdout()).isEqualTo("on\n");
        }
    }
}
