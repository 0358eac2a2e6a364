package io.ovnscope.core.compare;

import java.util.List;

/**
 * What differs between two snapshots of a node, earlier first: flows added and removed, flow counters that
 * moved, and configuration entries (load balancers, routes, policies, NAT, iptables rules) that changed.
 * Each list is in bridge or area order, then in the order the later (or, for removals, earlier) snapshot
 * listed them.
 */
public record SnapshotComparison(List<FlowChange> flows, List<CounterChange> counters, List<ObjectChange> objects) {
    public SnapshotComparison {
        flows = List.copyOf(flows);
        counters = List.copyOf(counters);
        objects = List.copyOf(objects);
    }

    /** Nothing but time passed: no flow, counter or entry differs. */
    public boolean identical() {
        return flows.isEmpty() && counters.isEmpty() && objects.isEmpty();
    }

    /** How many flows were added, or removed. */
    public long flowCount(ChangeKind kind) {
        return flows.stream().filter(c -> c.kind() == kind).count();
    }

    public List<ObjectChange> objects(ObjectArea area) {
        return objects.stream().filter(c -> c.area() == area).toList();
    }
}
