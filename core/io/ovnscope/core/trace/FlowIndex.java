package io.ovnscope.core.trace;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bridge's flows by table, highest priority first, built once per snapshot so a trace over hundreds of
 * thousands of flows only scans the tables it visits.
 */
final class FlowIndex {
    private final Map<Integer, List<Flow>> byTable = new HashMap<>();

    FlowIndex(FlowDump dump) {
        for (Flow flow : dump.flows()) {
            byTable.computeIfAbsent(flow.table(), table -> new ArrayList<>()).add(flow);
        }
        Comparator<Flow> order = Comparator.comparingInt(Flow::priority).reversed().thenComparingInt(Flow::line);
        byTable.values().forEach(flows -> flows.sort(order));
    }

    List<Flow> table(int table) {
        return byTable.getOrDefault(table, List.of());
    }
}
