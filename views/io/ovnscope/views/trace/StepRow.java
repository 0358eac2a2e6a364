package io.ovnscope.views.trace;

import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A line of the step table: a trace row in the seed's columns, or the closing line of a trace that stopped.
 *
 * @param srcChanged the source differs from the row before: a NAT at the previous step changed it
 * @param dstChanged the destination differs from the row before
 */
record StepRow(String step, String where, String src, String dst, String comment, boolean srcChanged,
               boolean dstChanged, Optional<TraceStep> traced) {

    boolean stop() {
        return traced.isEmpty();
    }

    static List<StepRow> of(Trace trace) {
        List<StepRow> rows = new ArrayList<>();
        TraceStep before = null;
        for (TraceStep step : trace.steps()) {
            boolean src = before != null && !before.src().equals(step.src());
            boolean dst = before != null && !before.dst().equals(step.dst());
            rows.add(new StepRow(String.valueOf(step.number()), step.where().where(), step.src().toString(),
                    step.dst().toString(), step.comment(), src, dst, Optional.of(step)));
            before = step;
        }
        trace.stop().ifPresent(stop -> rows.add(new StepRow("stop", stop.where().where(),
                trace.finalSrc().map(Object::toString).orElse(""), trace.finalDst().map(Object::toString).orElse(""),
                "stopped: " + stop.reason(), false, false, Optional.empty())));
        return rows;
    }
}
