package io.ovnscope.views.topology;

import io.ovnscope.core.topology.Detail;
import io.ovnscope.core.topology.TopologyElement;
import java.util.List;
import java.util.Locale;

/** The tooltip of an element: what it is, its label, and the first rows of its details. */
final class HoverText {
    private static final int ROWS = 8;

    private HoverText() {
    }

    static String of(DrawnBox box) {
        TopologyElement element = box.element();
        StringBuilder text = new StringBuilder(kind(element)).append('\n').append(String.join("\n", box.lines()));
        if (!element.node().isEmpty()) {
            text.append("\nnode ").append(element.node());
        }
        List<Detail> details = element.details();
        details.stream().limit(ROWS).forEach(d -> text.append('\n').append(d.label()).append(": ").append(d.value()));
        if (details.size() > ROWS) {
            text.append("\n… ").append(details.size() - ROWS).append(" more in the details pane (click)");
        }
        return text.toString();
    }

    /** {@code ROUTER_PORT} → {@code Router port}. */
    static String kind(TopologyElement element) {
        String words = element.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
