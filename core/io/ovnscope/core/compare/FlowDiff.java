package io.ovnscope.core.compare;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowPrinter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Compares the flows of each bridge, keyed by the flow as add-flow would write it (no counters). */
final class FlowDiff {
    private FlowDiff() {
    }

    static void compare(Map<String, FlowDump> before, Map<String, FlowDump> after, List<FlowChange> changes,
                        List<CounterChange> counters) {
        TreeSet<String> bridges = new TreeSet<>(before.keySet());
        bridges.addAll(after.keySet());
        for (String bridge : bridges) {
            FlowDump earlier = before.get(bridge);
            FlowDump later = after.get(bridge);
            // A bridge one side could not dump is unknown there, not empty: comparing would invent changes.
            if (earlier == null || later == null || earlier.failed() || later.failed()) {
                continue;
            }
            compareBridge(bridge, earlier.flows(), later.flows(), changes, counters);
        }
    }

    private static void compareBridge(String bridge, List<Flow> before, List<Flow> after, List<FlowChange> changes,
                                      List<CounterChange> counters) {
        Map<String, Flow> earlier = keyed(before);
        Map<String, Flow> later = keyed(after);
        for (Map.Entry<String, Flow> entry : later.entrySet()) {
            Flow old = earlier.get(entry.getKey());
            Flow now = entry.getValue();
            if (old == null) {
                changes.add(new FlowChange(ChangeKind.ADDED, bridge, now));
            } else if (moved(old, now)) {
                counters.add(new CounterChange(bridge, old, now));
            }
        }
        for (Map.Entry<String, Flow> entry : earlier.entrySet()) {
            if (!later.containsKey(entry.getKey())) {
                changes.add(new FlowChange(ChangeKind.REMOVED, bridge, entry.getValue()));
            }
        }
    }

    private static boolean moved(Flow before, Flow after) {
        return before.stats().packets() != after.stats().packets() || before.stats().bytes() != after.stats().bytes();
    }

    /** Flows by their text; a flow printed twice alike gets "#2", "#3" so none is lost. */
    private static Map<String, Flow> keyed(List<Flow> flows) {
        Map<String, Flow> keyed = new LinkedHashMap<>(flows.size() * 2);
        Map<String, Integer> seen = new HashMap<>();
        for (Flow flow : flows) {
            String key = FlowPrinter.print(flow);
            if (keyed.putIfAbsent(key, flow) != null) {
                int n = seen.merge(key, 2, (a, b) -> a + 1);
                keyed.put(key + " #" + n, flow);
            }
        }
        return keyed;
    }
}
