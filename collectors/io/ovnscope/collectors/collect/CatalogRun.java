package io.ovnscope.collectors.collect;

import io.ovnscope.collectors.catalog.PlannedCommand;
import io.ovnscope.collectors.catalog.ReadOnlyCommands;
import io.ovnscope.collectors.catalog.Tool;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Outcome;
import java.time.Duration;
import java.util.List;

/** Turns catalog commands into what runs on the node, and what ran into snapshot outputs and gaps. */
final class CatalogRun {
    /** A flow dump of a large node is hundreds of megabytes and takes the node seconds to print. */
    private static final long FLOW_DUMP_CAP = 512L * 1024 * 1024;
    private static final Duration FLOW_DUMP_TIMEOUT = Duration.ofMinutes(3);

    private CatalogRun() {
    }

    /** The command line for the node, with the prefix that reaches its tool. Refuses anything that writes. */
    static String commandLine(PlannedCommand planned, ToolPrefixes prefixes) {
        if (!ReadOnlyCommands.readsOnly(planned.command())) {
            throw new IllegalStateException("catalog item " + planned.id() + " (" + planned.command()
                    + ") is not a read-only command: ovnscope refuses to run it");
        }
        String prefix = switch (planned.tool()) {
            case OVS -> prefixes.ovs();
            case OVN_NB -> prefixes.northbound();
            case HOST -> planned.root() ? prefixes.root() : "";
            case KUBERNETES -> prefixes.kubernetes();
        };
        return prefix.isEmpty() ? planned.command() : prefix + " " + planned.command();
    }

    /**
     * Whether a command takes long on a big node: flow dumps are its largest outputs, and the Kubernetes client
     * is the slowest to start (it reads its config and asks the API server).
     */
    static boolean bulky(PlannedCommand planned) {
        return planned.kind().endsWith("-flows") || planned.tool() == Tool.KUBERNETES;
    }

    static CommandSpec spec(PlannedCommand planned, ToolPrefixes prefixes) {
        CommandSpec spec = CommandSpec.of(commandLine(planned, prefixes));
        return planned.kind().endsWith("-flows")
                ? spec.withOutputCap(FLOW_DUMP_CAP).withTimeout(FLOW_DUMP_TIMEOUT) : spec;
    }

    static CapturedOutput output(PlannedCommand planned, CommandRun run) {
        return new CapturedOutput(planned.id(), run.command(), planned.kind(), run.outcome(), run.exitCode(),
                run.duration(), run.stdout(), run.stderr(), List.of());
    }

    /** A catalog command and how it ran. */
    record Ran(PlannedCommand planned, CommandRun run) {
    }

    static boolean ok(CommandRun run) {
        return run.outcome() == Outcome.COMPLETED && run.exitCode() != null && run.exitCode() == 0;
    }

    /** Why an output is missing or partial, or null when it is complete. */
    static Gap gap(PlannedCommand planned, CommandRun run) {
        if (ok(run)) {
            return null;
        }
        String why = run.failure() != null ? run.failure() : firstLine(run.stderr());
        if (run.outcome() == Outcome.COMPLETED) {
            why = "`" + run.command() + "` exited " + run.exitCode() + (why.isEmpty() ? "" : ": " + why);
        }
        return new Gap(planned.id(), why);
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
