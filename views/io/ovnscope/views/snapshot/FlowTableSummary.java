package io.ovnscope.views.snapshot;

/**
 * One OpenFlow table of a bridge as the navigator sums it up: how many flows, and the priority range that
 * tells a lookup's order.
 */
public record FlowTableSummary(String bridge, int table, int flows, int highestPriority, int lowestPriority,
                               long packets) {
}
