package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowFlag;
import io.ovnscope.core.model.openflow.FlowStats;
import io.ovnscope.core.model.openflow.MatchField;

import java.util.List;
import java.util.Set;

/**
 * The parts of a flow that are not its match or actions (cookie, table, priority, timeouts, counters, ages)
 * as one flow's keys are read. Kept out of the scanning loop on purpose: with the big switch inside it, the
 * JIT spent over a second compiling that loop, longer than the parse of 100,000 flows it was meant to speed up.
 * One per parser, reset for each flow; not thread-safe.
 */
final class FlowHeader {
    private long cookie;
    private int table;
    private int priority;
    private boolean priorityWritten;
    private Integer idleTimeout;
    private Integer hardTimeout;
    private Integer importance;
    private double duration;
    private long packets;
    private long bytes;
    private long offloadPackets;
    private long offloadBytes;
    private long idleAge;
    private long hardAge;

    void reset() {
        cookie = 0;
        table = 0;
        priority = Flow.DEFAULT_PRIORITY;
        priorityWritten = false;
        idleTimeout = null;
        hardTimeout = null;
        importance = null;
        duration = Double.NaN;
        packets = FlowStats.ABSENT;
        bytes = FlowStats.ABSENT;
        offloadPackets = FlowStats.ABSENT;
        offloadBytes = FlowStats.ABSENT;
        idleAge = FlowStats.ABSENT;
        hardAge = FlowStats.ABSENT;
    }

    /** Reads {@code key=text[from, to)}; complains of a value that is not what the key takes. */
    void read(HeaderKey key, String text, int from, int to, Complaints complaints) {
        String name = key.text();
        switch (key) {
            case COOKIE -> {
                int slash = Chars.indexOf(text, "/", from, to);
                long value = Chars.number(text, from, slash < 0 ? to : slash);
                if (value == Chars.NOT_A_NUMBER) {
                    complaints.add("cookie '" + text.substring(from, to) + "' is not a number");
                } else {
                    cookie = value;
                }
            }
            case DURATION -> {
                int end = to > from && text.charAt(to - 1) == 's' ? to - 1 : to;
                double seconds = Chars.seconds(text, from, end);
                if (Double.isNaN(seconds)) {
                    complaints.add("duration '" + text.substring(from, to) + "' is not seconds");
                }
                duration = seconds;
            }
            case TABLE, TABLE_ID -> {
                int value = smallNumber(text, from, to, name, complaints);
                if (value > 255) {
                    complaints.add("table " + value + " is beyond 255");
                } else if (value >= 0) {
                    table = value;
                }
            }
            case PRIORITY -> {
                int value = smallNumber(text, from, to, name, complaints);
                if (value > 65535) {
                    complaints.add("priority " + value + " is beyond 65535");
                } else if (value >= 0) {
                    priority = value;
                    priorityWritten = true;
                }
            }
            case N_PACKETS -> packets = counter(text, from, to, name, complaints);
            case N_BYTES -> bytes = counter(text, from, to, name, complaints);
            case N_OFFLOAD_PACKETS -> offloadPackets = counter(text, from, to, name, complaints);
            case N_OFFLOAD_BYTES -> offloadBytes = counter(text, from, to, name, complaints);
            case IDLE_TIMEOUT -> idleTimeout = boxed(smallNumber(text, from, to, name, complaints));
            case HARD_TIMEOUT -> hardTimeout = boxed(smallNumber(text, from, to, name, complaints));
            case IMPORTANCE -> importance = boxed(smallNumber(text, from, to, name, complaints));
            case IDLE_AGE -> idleAge = age(text, from, to, name, complaints);
            case HARD_AGE -> hardAge = age(text, from, to, name, complaints);
        }
    }

    Flow flow(int line, Set<FlowFlag> flags, List<MatchField> match, List<Action> actions) {
        FlowStats stats = new FlowStats(duration, packets, bytes, offloadPackets, offloadBytes, idleAge, hardAge);
        return new Flow(line, cookie, table, priority, priorityWritten, idleTimeout, hardTimeout, importance,
                flags, stats.isEmpty() ? FlowStats.NONE : stats, match, actions);
    }

    private static int smallNumber(String text, int from, int to, String key, Complaints complaints) {
        int value = Chars.smallNumber(text, from, to);
        if (value < 0) {
            complaints.add(key + " '" + text.substring(from, to) + "' is not a number: left out");
        }
        return value;
    }

    private static long counter(String text, int from, int to, String key, Complaints complaints) {
        long value = Chars.number(text, from, to);
        if (value < 0) {
            complaints.add(key + " '" + text.substring(from, to) + "' is not a number: left out");
            return FlowStats.ABSENT;
        }
        return value;
    }

    private static long age(String text, int from, int to, String key, Complaints complaints) {
        return Math.max(FlowStats.ABSENT, smallNumber(text, from, to, key, complaints));
    }

    private static Integer boxed(int value) {
        return value < 0 ? null : value;
    }
}
