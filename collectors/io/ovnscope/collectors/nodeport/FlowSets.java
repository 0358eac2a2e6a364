package io.ovnscope.collectors.nodeport;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.core.nodeport.FlowSetDiff;
import io.ovnscope.core.nodeport.PlannedFlow;
import java.util.ArrayList;
import java.util.List;

/** Compares planned flows with a bridge's flows, flow for flow ({@link FlowKey}). */
final class FlowSets {
    private FlowSets() {
    }

    static FlowSetDiff diff(List<PlannedFlow> planned, List<Flow> actual) {
        List<FlowKey> plannedKeys = keys(planned);
        List<Flow> left = new ArrayList<>(actual);
        List<PlannedFlow> present = new ArrayList<>();
        List<PlannedFlow> missing = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            FlowKey key = plannedKeys.get(i);
            Flow found = left.stream().filter(f -> FlowKey.of(f).equals(key)).findFirst().orElse(null);
            if (found == null) {
                missing.add(planned.get(i));
            } else {
                left.remove(found);
                present.add(planned.get(i));
            }
        }
        return new FlowSetDiff(present, missing, left.stream().map(FlowPrinter::print).toList());
    }

    /** Our own flows read back with the dump parser, so both sides of a comparison are read the same way. */
    static List<FlowKey> keys(List<PlannedFlow> planned) {
        return parse(planned).stream().map(FlowKey::of).toList();
    }

    static List<Flow> parse(List<PlannedFlow> planned) {
        if (planned.isEmpty()) {
            return List.of();
        }
        FlowDump dump = new FlowDumpParser().read(String.join("\n", planned.stream().map(PlannedFlow::text).toList()));
        if (!dump.problems().isEmpty() || dump.flows().size() != planned.size()) {
            throw new IllegalStateException("a planned flow does not read back: " + dump.problems());
        }
        return dump.flows();
    }
}
