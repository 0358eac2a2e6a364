package io.ovnscope.collectors.collect;

import io.ovnscope.collectors.catalog.PlannedCommand;
import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.RunProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog run on a guess of the node's prefixes and bridges while discovery still runs, so the node's
 * slowest commands need not wait for it. Once discovery has concluded, {@link #take} keeps each run whose
 * command line discovery would have chosen too; runs it does not keep (another prefix, a bridge the node
 * lacks) are dropped unreported: the user hears only of what the final plan runs.
 */
final class GuessedRound implements RunProgress {
    private final List<PlannedCommand> planned;
    private final List<String> lines;
    private final CollectionListener listener;
    private final CommandRun[] finished;
    private final boolean[] kept;

    GuessedRound(List<PlannedCommand> planned, ToolPrefixes guess, CollectionListener listener) {
        this.planned = List.copyOf(planned);
        this.lines = planned.stream().map(p -> CatalogRun.commandLine(p, guess)).toList();
        this.listener = listener;
        this.finished = new CommandRun[planned.size()];
        this.kept = new boolean[planned.size()];
    }

    List<CommandSpec> specs(ToolPrefixes guess) {
        return planned.stream().map(p -> CatalogRun.spec(p, guess)).toList();
    }

    @Override
    public synchronized void finished(int index, CommandRun run) {
        finished[index] = run;
        if (kept[index]) {
            listener.finished(planned.get(index).id(), run.outcome());
        }
    }

    /**
     * Keeps the guessed runs of {@code plan} that ran (or run) exactly as {@code prefixes} would run them,
     * reports those already finished, and returns the rest of the plan: what must still run.
     */
    synchronized List<PlannedCommand> take(List<PlannedCommand> plan, ToolPrefixes prefixes) {
        List<PlannedCommand> rest = new ArrayList<>();
        for (PlannedCommand command : plan) {
            int index = indexOf(command.id());
            if (index >= 0 && lines.get(index).equals(CatalogRun.commandLine(command, prefixes))) {
                kept[index] = true;
                if (finished[index] != null) {
                    listener.finished(command.id(), finished[index].outcome());
                }
            } else {
                rest.add(command);
            }
        }
        return rest;
    }

    /** How {@code command} ran, if the guess has run it to the end exactly as {@code prefixes} would run it. */
    synchronized Optional<CommandRun> finishedAs(PlannedCommand command, ToolPrefixes prefixes) {
        int index = indexOf(command.id());
        return index >= 0 && finished[index] != null
                && lines.get(index).equals(CatalogRun.commandLine(command, prefixes))
                ? Optional.of(finished[index]) : Optional.empty();
    }

    /** The kept commands with how they ran, once the round has ended and {@code runs} are its results. */
    synchronized List<CatalogRun.Ran> keptRuns(List<CommandRun> runs) {
        List<CatalogRun.Ran> result = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            if (kept[i]) {
                result.add(new CatalogRun.Ran(planned.get(i), runs.get(i)));
            }
        }
        return result;
    }

    private int indexOf(String id) {
        for (int i = 0; i < planned.size(); i++) {
            if (planned.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
