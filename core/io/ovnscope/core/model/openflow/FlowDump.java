package io.ovnscope.core.model.openflow;

import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;

import java.util.List;

/**
 * A bridge's flows as one dump showed them.
 *
 * @param format   which command and OpenFlow version printed it, as far as the text tells
 * @param flows    the flows in dump order
 * @param problems lines not understood, or understood only in part
 * @param failed   true when the text is the command's error instead of flows: zero flows then means
 *                 "unknown", not "empty bridge"
 */
public record FlowDump(DumpFormat format, List<Flow> flows, List<Problem> problems, boolean failed) {

    public FlowDump {
        flows = List.copyOf(flows);
        problems = List.copyOf(problems);
    }

    public Parsed<Flow> toParsed() {
        return new Parsed<>(flows, problems);
    }

    /** What printed the dump. */
    public enum DumpFormat {
        /** ovs-ofctl with OpenFlow 1.0 (NXST_FLOW header). */
        OFCTL_OF10,
        /** ovs-ofctl -O OpenFlow13/14/15 (OFPST_FLOW header). */
        OFCTL_OF13_PLUS,
        /** ovs-ofctl without a header (--names, a terminal, or the header cut off). */
        OFCTL_HEADERLESS,
        /** ovs-appctl bridge/dump-flows. */
        APPCTL,
        /** Nothing to tell (no flows). */
        UNKNOWN
    }
}
