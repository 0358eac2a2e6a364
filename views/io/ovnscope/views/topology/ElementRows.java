package io.ovnscope.views.topology;

import io.ovnscope.core.topology.Detail;
import io.ovnscope.core.topology.TopologyElement;
import io.ovnscope.views.snapshot.PropertyRow;
import io.ovnscope.views.snapshot.PropertyRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The details pane's rows for an element of the picture: what it is, then every field of the snapshot object
 * behind it as the navigator shows it, then the topology's own detail rows that object does not already hold
 * (what the host side or Kubernetes adds), so nothing is listed twice.
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
        List<PropertyRow> own = box.subject().map(PropertyRows::of).orElse(List.of());
        rows.addAll(own);
        Set<String> held = new HashSet<>();
        own.forEach(row -> held.add(key(row.name())));
        for (Detail detail : element.details()) {
            if (!held.contains(key(detail.label()))) {
                rows.add(new PropertyRow(detail.label(), detail.value()));
            }
        }
        return rows;
    }

    /** "static routes #2" and "Static route" name the same field: letters only, lower case, no plural s. */
    private static String key(String label) {
        String letters = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return letters.endsWith("s") ? letters.substring(0, letters.length() - 1) : letters;
    }
}
