package io.ovnscope.views.topology;

import io.ovnscope.core.topology.ElementKind;
import io.ovnscope.core.topology.KindStyle;
import io.ovnscope.core.topology.LinkKind;
import io.ovnscope.core.topology.TopologyStyle;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** The core's style table turned into JavaFX colours and fonts, once per kind. */
final class Looks {
    /** The first of the style's monospaced families this machine has, as the SVG viewer would pick it. */
    static final String FAMILY = firstInstalled(TopologyStyle.FONT_FAMILY);

    private final Map<ElementKind, BoxLook> boxes = new EnumMap<>(ElementKind.class);
    private final Map<LinkKind, WireLook> wires = new EnumMap<>(LinkKind.class);

    Looks() {
        for (ElementKind kind : ElementKind.values()) {
            KindStyle style = TopologyStyle.of(kind);
            boxes.put(kind, new BoxLook(style.shape(), Color.web(style.fill()), Color.web(style.stroke()),
                    style.strokeWidth(), Color.web(style.textColour()), style.cornerRadius(),
                    Font.font(FAMILY, style.boldName() ? FontWeight.BOLD : FontWeight.NORMAL, style.fontSize()),
                    Font.font(FAMILY, FontWeight.NORMAL, style.fontSize()), TopologyStyle.lineHeight(kind),
                    KindIcons.of(kind)));
        }
        for (LinkKind kind : LinkKind.values()) {
            wires.put(kind, new WireLook(Color.web(TopologyStyle.linkColour(kind)), TopologyStyle.LINK_WIDTH,
                    TopologyStyle.dashed(kind)));
        }
    }

    BoxLook of(ElementKind kind) {
        return boxes.get(kind);
    }

    WireLook of(LinkKind kind) {
        return wires.get(kind);
    }

    private static String firstInstalled(String families) {
        var installed = Font.getFamilies();
        for (String family : families.split(",")) {
            String name = family.strip();
            if (installed.contains(name)) {
                return name;
            }
        }
        return "Monospaced";
    }
}
