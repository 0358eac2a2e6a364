package io.ovnscope.core.compare;

import io.ovnscope.core.model.openflow.FlowPrinter;
import java.util.List;

/** Writes a comparison for a terminal: a summary line, then each section with +, - and ~ marks. */
public final class ComparisonText {
    private ComparisonText() {
    }

    public static String write(SnapshotComparison comparison) {
        StringBuilder out = new StringBuilder();
        out.append("flows: ").append(comparison.flowCount(ChangeKind.ADDED)).append(" added, ")
                .append(comparison.flowCount(ChangeKind.REMOVED)).append(" removed, ")
                .append(comparison.counters().size()).append(" with moved counters; configuration: ")
                .append(comparison.objects().size()).append(" changes\n");
        if (comparison.identical()) {
            return out.append("no differences\n").toString();
        }
        if (!comparison.flows().isEmpty()) {
            out.append("\nflows added and removed:\n");
            for (FlowChange change : comparison.flows()) {
                out.append("  ").append(change.kind().sign()).append(' ').append(change.bridge()).append(' ')
                        .append(FlowPrinter.print(change.flow())).append('\n');
            }
        }
        if (!comparison.counters().isEmpty()) {
            out.append("\nflows whose counters moved:\n");
            for (CounterChange change : comparison.counters()) {
                out.append("  ").append(change.bridge()).append(" +").append(change.packets()).append(" packets +")
                        .append(change.bytes()).append(" bytes ").append(FlowPrinter.print(change.after())).append('\n');
            }
        }
        for (ObjectArea area : ObjectArea.values()) {
            List<ObjectChange> changes = comparison.objects(area);
            if (changes.isEmpty()) {
                continue;
            }
            out.append('\n').append(area.title()).append(":\n");
            for (ObjectChange change : changes) {
                out.append("  ").append(change.kind().sign()).append(' ').append(change.key());
                switch (change.kind()) {
                    case ADDED -> value(out, change.after());
                    case REMOVED -> value(out, change.before());
                    case CHANGED -> out.append(": ").append(change.before()).append(" -> ").append(change.after());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void value(StringBuilder out, String value) {
        if (!value.isEmpty()) {
            out.append(": ").append(value);
        }
    }
}
