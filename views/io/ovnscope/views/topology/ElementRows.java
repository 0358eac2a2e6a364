package io.ovnscope.views.topology;

import io.ovnscope.core.topology.Detail;
import io.ovnscope.core.topology.TopologyElement;
import io.ovnscope.views.snapshot.PropertyRow;
import io.ovnscope.views.snapshot.PropertyRows;
import java.util.ArrayList;
import java.util.List;

/**
 * The details pane's rows for an element of the picture: what the topology says of it (kind, node, addresses,
 * its detail rows), then every field of the snapshot object behind it, as the navigator would show it.
 */
public final class ElementRows {
    private ElementRows() {
    }

    public static List<PropertyRow> of(DrawnBox box) {
        TopologyElement element = box.element();
        List<PropertyRow> rows = new ArrayList<>();
        rows.add(new PropertyRow("element", HoverText.kind(element) + " " + element.name()));
        if (!element.node().isEmpty()) {
            rows.add(new PropertyRow("node", element.node()));
        }
        if (!element.addresses().isEmpty()) {
            rows.add(new PropertyRow("addresses", String.join("  ", element.addresses())));
        }
        for (Detail detail : element.details()) {
            rows.add(new PropertyRow(detail.label(), detail.value()));
        }
        box.subject().ifPresent(subject -> {
            rows.add(new PropertyRow("from the snapshot", subject.getClass().getSimpleName()));
            rows.addAll(PropertyRows.of(subject));
        });
        return rows;
    }
}
