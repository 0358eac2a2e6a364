package io.ovnscope.core.nodeport;

import io.ovnscope.core.node.CommandSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What a NodePort command would do to the bridge now, from a fresh dump: the exact commands, the diff, and
 * the reasons it must not run (if any).
 *
 * @param steps     the commands with their input, exactly as they would be sent, in order
 * @param now       the flows under the set's cookies now, against what the command expects to find
 * @param diff      {@code + flow} for each flow added, {@code - flow} for each deleted, in the order sent
 * @param refusals  empty when the command may run
 */
public record Preview(NodePortCommand command, String bridge, List<CommandSpec> steps, FlowSetDiff now,
                      List<String> diff, List<Refusal> refusals) {
    public Preview {
        steps = List.copyOf(steps);
        diff = List.copyOf(diff);
        refusals = List.copyOf(refusals);
    }

    public boolean allowed() {
        return refusals.isEmpty();
    }

    /** Each command, then its input indented, as a user would type it. */
    public List<String> commandText() {
        List<String> lines = new ArrayList<>();
        for (CommandSpec step : steps) {
            lines.add(step.command());
            if (step.stdin() != null) {
                step.stdin().lines().forEach(line -> lines.add("    " + line));
            }
        }
        return lines;
    }
}
