package io.ovnscope.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.snapshot.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** ParallelRunner and JoinedRunner over a local /bin/sh: order, bounds, grouping, cancel. */
class RunnersTest {
    @Test
    void theParallelRunnerKeepsOrderAndTheShellsBound() {
        LocalShell shell = new LocalShell(3);
        List<CommandSpec> specs = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            specs.add(CommandSpec.of("sleep 0.1; echo " + i));
        }

        List<CommandRun> runs = new ParallelRunner(shell).runAll(specs, RunProgress.NONE, CancelToken.none());

        assertThat(runs).extracting(CommandRun::stdout)
                .containsExactly("0\n", "1\n", "2\n", "3\n", "4\n", "5\n", "6\n", "7\n", "8\n");
        assertThat(shell.mostAtOnce()).isEqualTo(3);
    }

    @Test
    void aCancelledBatchStartsNothing() {
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        List<Integer> started = new CopyOnWriteArrayList<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void started(int index, CommandSpec spec) {
                started.add(index);
            }
        };

        List<CommandRun> runs = new ParallelRunner(new LocalShell(2))
                .runAll(List.of(CommandSpec.of("echo a"), CommandSpec.of("echo b")), progress, cancel);

        assertThat(runs).extracting(CommandRun::outcome).containsOnly(Outcome.NOT_RUN);
        assertThat(runs).extracting(CommandRun::failure).containsOnly("cancelled before it started");
        assertThat(started).isEmpty();
    }

    @Test
    void theJoinedRunnerUsesItsChannelsAndRunsStdinCommandsAlone() {
        LocalShell shell = new LocalShell(8);
        List<CommandSpec> specs = List.of(CommandSpec.of("echo a"), CommandSpec.of("wc -l").withStdin("1\n2\n"),
                CommandSpec.of("echo b"), CommandSpec.of("echo c; exit 2"), CommandSpec.of("echo d"));
        List<Integer> finished = new CopyOnWriteArrayList<>();
        RunProgress progress = new RunProgress() {
            @Override
            public void finished(int index, CommandRun run) {
                finished.add(index);
            }
        };

        List<CommandRun> runs = new JoinedRunner(shell, 2).runAll(specs, progress, CancelToken.none());

        assertThat(shell.channels()).as("two joined channels and the stdin command's own").isEqualTo(3);
        assertThat(runs).extracting(CommandRun::command)
                .containsExactlyElementsOf(specs.stream().map(CommandSpec::command).toList());
        assertThat(runs).extracting(r -> r.stdout().strip()).containsExactly("a", "2", "b", "c", "d");
        assertThat(runs).extracting(CommandRun::exitCode).containsExactly(0, 0, 0, 2, 0);
        assertThat(finished).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void aCancelTokenTellsItsListenersOnceAndForgetsRemovedOnes() {
        CancelToken cancel = new CancelToken();
        List<String> heard = new ArrayList<>();
        cancel.onCancel(() -> heard.add("kept"));
        cancel.onCancel(() -> heard.add("removed")).close();

        cancel.cancel();
        cancel.cancel();
        cancel.onCancel(() -> heard.add("late"));

        assertThat(heard).containsExactly("kept", "late");
        assertThat(cancel.isCancelled()).isTrue();
    }
}
