package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.core.model.openflow.FlowDump.DumpFormat;

import java.util.regex.Pattern;

/**
 * What a line of a flow dump that holds no flow is: a reply header, the tool's error (the dump failed), a
 * log message, something pasted around the output, or plain noise. Each but a sound header is a problem.
 *
 * @param header  the format a sound reply header tells, or null when the line is not one
 * @param failure whether the line says the dump itself failed
 * @param reason  why the line is reported, or null for a sound header
 */
record NonFlowLine(DumpFormat header, boolean failure, String reason) {

    /** The reply header ovs-ofctl prints before the flows, and again before each further 64 KiB part. */
    static final Pattern DUMP_HEADER = Pattern.compile(
            "(?:NXST_FLOW|OFPST_FLOW) reply(?: \\(OF1\\.\\d\\))? \\(xid=0x\\p{XDigit}{1,8}\\):(?: flags=\\[more\\])?");

    private static final String NOTHING_READ = ". No flows were read: the bridge's flows are unknown, not empty";

    static NonFlowLine of(String line) {
        String trimmed = line.strip();
        if (trimmed.startsWith("NXST_FLOW reply") || trimmed.startsWith("OFPST_FLOW reply")) {
            if (!DUMP_HEADER.matcher(trimmed).matches()) {
                return problem("a damaged flow dump header: the capture may be cut or mixed with other output here");
            }
            return new NonFlowLine(trimmed.startsWith("NXST") ? DumpFormat.OFCTL_OF10 : DumpFormat.OFCTL_OF13_PLUS,
                    false, null);
        }
        if (trimmed.contains("version negotiation failed")) {
            return new NonFlowLine(null, true, "the dump failed: ovs-ofctl and the switch share no OpenFlow version ("
                    + afterLast(trimmed, ": ") + "); run ovs-ofctl with -O OpenFlow13 or -O OpenFlow15" + NOTHING_READ);
        }
        if (trimmed.startsWith("ovs-ofctl: ") || trimmed.startsWith("ovs-appctl: ")) {
            return new NonFlowLine(null, true, "the dump failed: " + trimmed + NOTHING_READ);
        }
        String level = OvsLogLine.level(trimmed);
        if (level != null) {
            return problem("a log message from the OVS tool (" + level + "), not a flow");
        }
        var pasted = PastedLine.explain(line);
        if (pasted.isPresent()) {
            return problem(pasted.get());
        }
        if (trimmed.startsWith("OFPT_") || trimmed.startsWith("OFPST_") || trimmed.startsWith("NXST_")) {
            return problem("a reply header of another OpenFlow request, not a flow dump");
        }
        return problem("not a flow: no 'actions=' on this line");
    }

    private static NonFlowLine problem(String reason) {
        return new NonFlowLine(null, false, reason);
    }

    private static String afterLast(String line, String separator) {
        int at = line.lastIndexOf(separator);
        return at < 0 ? line : line.substring(at + separator.length());
    }
}
