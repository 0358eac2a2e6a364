package io.ovnscope.views.flows;

import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.views.snapshot.FlowTableSummary;
import java.util.Map;
import java.util.OptionalInt;

/** Opens the flow browser for what the navigator holds: a bridge's dump, or one table of it. */
public final class FlowOpener {
    private final FlowBrowserWindow browser;

    public FlowOpener(FlowBrowserWindow browser) {
        this.browser = browser;
    }

    /** Opens a bridge's flows at the first flow of a table. */
    public void openTable(Snapshot snapshot, String bridge, int table) {
        FlowDump dump = snapshot.node().flows().get(bridge);
        if (dump != null) {
            browser.show(bridge, dump.flows(), OptionalInt.of(table));
        }
    }

    /** Opens the subject's flows; anything that is not a bridge or a table is left alone. */
    public void open(Snapshot snapshot, Object subject) {
        Map<String, FlowDump> dumps = snapshot.node().flows();
        if (subject instanceof FlowTableSummary table && dumps.containsKey(table.bridge())) {
            browser.show(table.bridge(), dumps.get(table.bridge()).flows(), OptionalInt.of(table.table()));
        } else if (subject instanceof FlowDump dump) {
            // The navigator's bridge line holds the dump itself; its name is the key it is filed under.
            dumps.forEach((bridge, candidate) -> {
                if (candidate == dump) {
                    browser.show(bridge, dump.flows(), OptionalInt.empty());
                }
            });
        }
    }
}
