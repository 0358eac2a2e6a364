package io.ovnscope.views.flows;

import io.ovnscope.core.browse.FlowListing;
import javafx.scene.control.TableCell;

/** A flow's packet counter on its heat colour; a group line's sum of its flows' packets, uncoloured. */
final class PacketsCell extends TableCell<Integer, Integer> {
    private final FlowRowSource rows;
    private final CounterText counters;
    private int heat;

    PacketsCell(FlowRowSource rows, CounterText counters) {
        this.rows = rows;
        this.counters = counters;
    }

    @Override
    protected void updateItem(Integer position, boolean empty) {
        super.updateItem(position, empty);
        FlowListing listing = rows.listing();
        if (empty || position == null) {
            setText(null);
            heat(0);
        } else if (listing.isGroup(position)) {
            setText(counters.grouped(listing.group(position).packets()));
            heat(0);
        } else {
            long packets = listing.flow(position).stats().packets();
            setText(counters.counter(packets));
            heat(HeatColour.level(packets, rows.maxPackets()));
        }
    }

    private void heat(int level) {
        if (level == heat) {
            return;
        }
        if (heat > 0) {
            pseudoClassStateChanged(HeatColour.pseudoClass(heat), false);
        }
        if (level > 0) {
            pseudoClassStateChanged(HeatColour.pseudoClass(level), true);
        }
        heat = level;
    }
}
