package io.ovnscope.views.snapshot;

import io.ovnscope.core.model.openflow.Flow;
import java.util.List;

/**
 * One OpenFlow table of a bridge as the navigator sums it up: how many flows, the priority range that tells a
 * lookup's order, and the flows themselves, highest priority first as the switch tries them.
 */
public record FlowTableSummary(String bridge, int table, int flowCount, int highestPriority, int lowestPriority,
                               long packets, List<Flow> flows) {
    public FlowTableSummary {
        flows = List.copyOf(flows);
    }
}
