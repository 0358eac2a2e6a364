package io.ovnscope.core.node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a batch of commands on one shell, as many at once as the shell allows, in the order given (the first
 * waiting command is the next to start), and returns one result per command in that same order.
 */
public final class ParallelRunner {
    private final NodeShell shell;

    public ParallelRunner(NodeShell shell) {
        this.shell = shell;
    }

    /**
     * Runs every command and waits for all. Never throws for a command: a cancelled batch returns the finished
     * commands as they ended, the running ones as stopped, the rest NOT_RUN.
     */
    public List<CommandRun> runAll(List<CommandSpec> specs, RunProgress progress, CancelToken cancel) {
        CommandRun[] runs = new CommandRun[specs.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < specs.size(); i = next.getAndIncrement()) {
                runs[i] = runOne(i, specs.get(i), progress, cancel);
            }
        };
        int workers = Math.min(specs.size(), Math.max(1, shell.maxParallel()));
        List<Thread> threads = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(worker, "ovnscope-run-" + w);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        joinAll(threads);
        return List.copyOf(Arrays.asList(runs));
    }

    private CommandRun runOne(int index, CommandSpec spec, RunProgress progress, CancelToken cancel) {
        CommandRun run;
        if (cancel.isCancelled()) {
            run = CommandRun.notRun(spec.command(), "cancelled before it started");
        } else {
            progress.started(index, spec);
            run = shell.run(spec, cancel);
        }
        progress.finished(index, run);
        return run;
    }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    // The workers end on their own (each command has a timeout); keep the interrupt for the caller.
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
