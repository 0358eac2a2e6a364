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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Real commands on the lab's real OpenSSH sshd, in parallel channels over one connection. */
@ExtendWith(Lab.class)
class LabCollectionTest {
    @TempDir
    Path home;

    @Test
    void collectsTheSeedNodeInParallel(LabNode lab) throws Exception {
        List<CommandSpec> specs = List.of(
                CommandSpec.of("ovs-vsctl show"),
                CommandSpec.of("ovn-nbctl show"),
                CommandSpec.of("iptables-save -t nat"),
                CommandSpec.of("ovs-ofctl -O OpenFlow15 dump-flows br-ex"),
                CommandSpec.of("ovs-vsctl list-br"));
        List<Integer> finished = new CopyOnWriteArrayList<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void finished(int index, CommandRun run) {
                finished.add(index);
            }
        };
        try (SshNodeShell shell = LabSessions.connect(lab, home)) {
            List<CommandRun> runs = new ParallelRunner(shell).runAll(specs, progress, CancelToken.none());

            assertThat(runs).extracting(CommandRun::outcome).containsOnly(Outcome.COMPLETED);
            assertThat(runs).extracting(CommandRun::exitCode).containsOnly(0);
            assertThat(runs).extracting(CommandRun::command)
                    .containsExactlyElementsOf(specs.stream().map(CommandSpec::command).toList());
            // Values from the lab's topology (src/test/lab): the seed's bridges, routers and nat chains.
            assertThat(runs.get(0).stdout()).contains("Bridge br-int", "Bridge br-ex", "fail_mode: secure");
            assertThat(runs.get(1).stdout()).contains("router", "GR_microshift-dev", "ovn_cluster_router");
            assertThat(runs.get(2).stdout()).contains("*nat", ":OVN-KUBE-NODEPORT", "COMMIT");
            assertThat(runs.get(3).stdout()).contains("table=0");
            assertThat(runs.get(4).stdout()).isEqualTo("br-ex\nbr-int\n");
            assertThat(finished).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        }
    }

    @Test
    void keepsStderrAndTheExitCodeOfAFailingCommand(LabNode lab) throws Exception {
        try (SshNodeShell shell = LabSessions.connect(lab, home)) {
            CommandRun run = shell.run(CommandSpec.of("ovs-ofctl dump-flows br-nope"), CancelToken.none());

            assertThat(run.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).contains("br-nope is not a bridge or a socket");
            assertThat(run.failure()).startsWith("exit status 1: ").contains("br-nope");
        }
    }

    @Test
    void aCommandKilledByASignalHasAnExitSignalAndNoStatus(LabNode lab) throws Exception {
        try (SshNodeShell shell = LabSessions.connect(lab, home)) {
            CommandRun run = shell.run(CommandSpec.of("echo dying; kill -KILL $$"), CancelToken.none());

            assertThat(run.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(run.exitCode()).isNull();
            assertThat(run.exitSignal()).isEqualTo("KILL");
            assertThat(run.stdout()).isEqualTo("dying\n");
            assertThat(run.failure()).isEqualTo("killed by signal KILL");
        }
    }

    @Test
    void stdinReachesTheCommand(LabNode lab) throws Exception {
        try (SshNodeShell shell = LabSessions.connect(lab, home)) {
            CommandRun run = shell.run(CommandSpec.of("wc -l").withStdin("a\nb\nc\n"), CancelToken.none());
            CommandRun closed = shell.run(CommandSpec.of("cat"), CancelToken.none());

            assertThat(run.stdout().strip()).isEqualTo("3");
            assertThat(closed.outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(closed.stdout()).isEmpty();
        }
    }
}
