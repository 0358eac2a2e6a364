package io.ovnscope.core.model.openflow;

import java.util.List;

/**
 * Writes a flow in the syntax {@code ovs-ofctl add-flow} accepts:
 * {@code table=T,cookie=0xC,priority=P,<match> actions=<actions>}. Counters are not part of it; a flow that
 * printed no priority is written without one, so OVS gives it the same default.
 */
public final class FlowPrinter {
    private FlowPrinter() {
    }

    public static String print(Flow flow) {
        StringBuilder out = new StringBuilder(160);
        out.append("table=").append(flow.table());
        out.append(",cookie=0x").append(Long.toHexString(flow.cookie()));
        if (flow.priorityWritten()) {
            out.append(",priority=").append(flow.priority());
        }
        if (flow.idleTimeout() != null) {
            out.append(",idle_timeout=").append(flow.idleTimeout());
        }
        if (flow.hardTimeout() != null) {
            out.append(",hard_timeout=").append(flow.hardTimeout());
        }
        if (flow.importance() != null) {
            out.append(",importance=").append(flow.importance());
        }
        for (FlowFlag flag : FlowFlag.values()) {
            if (flow.flags().contains(flag)) {
                out.append(',').append(flag.text());
            }
        }
        for (MatchField field : flow.match()) {
            out.append(',').append(field.text());
        }
        out.append(" actions=");
        appendActions(out, flow.actions());
        return out.toString();
    }

    /** The action list as add-flow accepts it; an empty list is {@code drop}. */
    public static String actions(List<Action> actions) {
        StringBuilder out = new StringBuilder();
        appendActions(out, actions);
        return out.toString();
    }

    /** Appends the action list as {@link #actions} prints it, for callers that search it without a copy. */
    public static void appendActions(StringBuilder out, List<Action> actions) {
        if (actions.isEmpty()) {
            out.append("drop");
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            ActionPrinter.append(out, actions.get(i));
        }
    }
}
