package io.ovnscope.core.nodeport;

import java.util.List;

/**
 * Planned flows against the flows a bridge holds, flow for flow.
 *
 * @param present    planned flows the bridge holds
 * @param missing    planned flows it does not hold
 * @param unexpected flows it holds that are not planned, as add-flow text
 */
public record FlowSetDiff(List<PlannedFlow> present, List<PlannedFlow> missing, List<String> unexpected) {
    public FlowSetDiff {
        present = List.copyOf(present);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    public static FlowSetDiff none() {
        return new FlowSetDiff(List.of(), List.of(), List.of());
    }

    public boolean exact() {
        return missing.isEmpty() && unexpected.isEmpty();
    }

    public boolean empty() {
        return present.isEmpty() && unexpected.isEmpty();
    }
}
