package io.ovnscope.core.compare;

import io.ovnscope.core.snapshot.NodeState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares what two snapshots of one node show, earlier first. A pure function of the two. */
public final class SnapshotComparer {
    private SnapshotComparer() {
    }

    public static SnapshotComparison compare(NodeState before, NodeState after) {
        List<FlowChange> flows = new ArrayList<>();
        List<CounterChange> counters = new ArrayList<>();
        FlowDiff.compare(before.flows(), after.flows(), flows, counters);
        ObjectEntries earlier = ObjectEntries.of(before);
        ObjectEntries later = ObjectEntries.of(after);
        List<ObjectChange> objects = new ArrayList<>();
        for (ObjectArea area : ObjectArea.values()) {
            compare(area, earlier.area(area), later.area(area), objects);
        }
        return new SnapshotComparison(flows, counters, objects);
    }

    private static void compare(ObjectArea area, Map<String, String> before, Map<String, String> after,
                                List<ObjectChange> changes) {
        for (Map.Entry<String, String> entry : after.entrySet()) {
            String old = before.get(entry.getKey());
            if (old == null) {
                changes.add(new ObjectChange(ChangeKind.ADDED, area, entry.getKey(), "", entry.getValue()));
            } else if (!old.equals(entry.getValue())) {
                changes.add(new ObjectChange(ChangeKind.CHANGED, area, entry.getKey(), old, entry.getValue()));
            }
        }
        for (Map.Entry<String, String> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                changes.add(new ObjectChange(ChangeKind.REMOVED, area, entry.getKey(), entry.getValue(), ""));
            }
        }
    }
}
