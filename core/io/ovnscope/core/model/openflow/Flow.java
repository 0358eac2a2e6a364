package io.ovnscope.core.model.openflow;

import java.util.List;
import java.util.Set;

/**
 * One OpenFlow flow of a bridge as a dump shows it.
 *
 * @param line            1-based line of the dump where the flow starts (its evidence)
 * @param cookie          the 64-bit cookie; read it with {@link Long#toUnsignedString(long, int)}
 * @param table           the table (0 when the dump does not say)
 * @param priority        the priority, {@link #DEFAULT_PRIORITY} when the flow did not write one
 * @param priorityWritten whether the dump printed a priority (learned flows and some flows print none)
 * @param idleTimeout     idle_timeout in seconds, or null
 * @param hardTimeout     hard_timeout in seconds, or null
 * @param importance      importance, or null
 * @param flags           flow-mod flags
 * @param stats           counters and ages, {@link FlowStats#NONE} without stats
 * @param match           the match, in the order it was printed
 * @param actions         the actions, in order; an empty list means drop
 */
public record Flow(int line, long cookie, int table, int priority, boolean priorityWritten, Integer idleTimeout,
                   Integer hardTimeout, Integer importance, Set<FlowFlag> flags, FlowStats stats,
                   List<MatchField> match, List<Action> actions) {

    /** The priority OpenFlow gives a flow added without one. */
    public static final int DEFAULT_PRIORITY = 32768;

    public Flow {
        flags = Set.copyOf(flags);
        match = List.copyOf(match);
        actions = List.copyOf(actions);
    }

    public String cookieText() {
        return "0x" + Long.toHexString(cookie);
    }

    /** The first match field of that name, or null. */
    public MatchField matchField(String name) {
        for (MatchField field : match) {
            if (field.name().equals(name)) {
                return field;
            }
        }
        return null;
    }
}
