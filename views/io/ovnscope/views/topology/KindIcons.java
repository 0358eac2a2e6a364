package io.ovnscope.views.topology;

import io.ovnscope.core.topology.ElementKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * One glyph per kind of element, outlines on a 16 px grid in the toolbar icons' style, so a router reads as a
 * router before its name is read.
 */
final class KindIcons {
    private static final Map<ElementKind, String> PATHS = new EnumMap<>(ElementKind.class);

    static {
        // A globe: the world beyond the uplink.
        PATHS.put(ElementKind.EXTERNAL_NETWORK,
                "M8 1.5 A6.5 6.5 0 1 0 8 14.5 A6.5 6.5 0 1 0 8 1.5 M1.5 8 H14.5 M8 1.5 C4.5 5 4.5 11 8 14.5"
                        + " M8 1.5 C11.5 5 11.5 11 8 14.5");
        // A cable end with its pins.
        PATHS.put(ElementKind.UPLINK, "M4 2.5 H12 V10 H4 Z M6 2.5 V5 M8 2.5 V5 M10 2.5 V5 M8 10 V14.5");
        // A screen on a stand: the host.
        PATHS.put(ElementKind.HOST, "M2 2.5 H14 V10.5 H2 Z M6 14 H10 M8 10.5 V14");
        // A bridge's arch over its deck.
        PATHS.put(ElementKind.BRIDGE, "M1.5 6 H14.5 M1.5 12 V6 M14.5 12 V6 M4 12 C4 8 12 8 12 12");
        // Four arrows out of a circle: a router sends each way.
        PATHS.put(ElementKind.ROUTER, "M8 1.5 A6.5 6.5 0 1 0 8 14.5 A6.5 6.5 0 1 0 8 1.5 M5 6 L8 3.5 L11 6"
                + " M5 10 L8 12.5 L11 10 M8 3.5 V12.5");
        // Two opposite arrows: a switch passes frames along.
        PATHS.put(ElementKind.SWITCH, "M2 5.5 H14 M11 2.5 L14 5.5 L11 8.5 M14 10.5 H2 M5 7.5 L2 10.5 L5 13.5");
        // A socket: a port.
        PATHS.put(ElementKind.ROUTER_PORT, "M3 3 H13 V13 H3 Z M6 7 V10 M10 7 V10");
        PATHS.put(ElementKind.SWITCH_PORT, "M3 3 H13 V13 H3 Z M6 7 V10 M10 7 V10");
        // A key: the host's own way in.
        PATHS.put(ElementKind.MANAGEMENT_PORT,
                "M5 3 A3 3 0 1 0 5 9 A3 3 0 1 0 5 3 M7.5 7.5 L14 14 M11 11 L12.5 9.5 M13 13 L14.5 11.5");
        // One in, three out: spread over backends.
        PATHS.put(ElementKind.LOAD_BALANCER, "M1.5 8 H6 M6 8 L14 3 M6 8 H14 M6 8 L14 13");
        // A box in perspective: a pod.
        PATHS.put(ElementKind.POD, "M8 1.5 L14 4.5 V11.5 L8 14.5 L2 11.5 V4.5 Z M2 4.5 L8 7.5 L14 4.5 M8 7.5 V14.5");
        // Boxes stacked: many pods.
        PATHS.put(ElementKind.POD_GROUP, "M5 1.5 L9 3.5 V8 L5 10 L1 8 V3.5 Z M11 6 L15 8 V12.5 L11 14.5 L7 12.5"
                + " V8 Z");
    }

    private KindIcons() {
    }

    static String of(ElementKind kind) {
        return PATHS.getOrDefault(kind, "");
    }
}
