package io.ovnscope.core.model.openflow;

import java.util.Locale;
import java.util.Set;

/** The OpenFlow reserved port names OVS accepts in either case. */
final class ReservedPorts {
    private static final Set<String> NAMES = Set.of(
            "LOCAL", "NORMAL", "FLOOD", "ALL", "IN_PORT", "CONTROLLER", "TABLE", "ANY", "NONE", "UNSET");

    private ReservedPorts() {
    }

    /** The upper-case reserved name, or null when the text is not one. */
    static String canonical(String text) {
        if (text.length() < 3 || text.length() > 10) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return NAMES.contains(upper) ? upper : null;
    }
}
