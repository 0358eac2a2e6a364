package io.ovnscope.core.browse.filter;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowStats;

/** The flow's own numbers a filter compares: table, priority, counters, ages and timeouts. */
enum FlowNumber {
    TABLE("table"),
    PRIORITY("priority"),
    N_PACKETS("n_packets"),
    N_BYTES("n_bytes"),
    IDLE_AGE("idle_age"),
    HARD_AGE("hard_age"),
    IDLE_TIMEOUT("idle_timeout"),
    HARD_TIMEOUT("hard_timeout"),
    IMPORTANCE("importance");

    /** A number the flow does not print (no counters, no timeout). */
    static final long ABSENT = Long.MIN_VALUE;

    private final String key;

    FlowNumber(String key) {
        this.key = key;
    }

    static FlowNumber of(String key) {
        for (FlowNumber number : values()) {
            if (number.key.equals(key)) {
                return number;
            }
        }
        return null;
    }

    long of(Flow flow) {
        return switch (this) {
            case TABLE -> flow.table();
            case PRIORITY -> flow.priority();
            case N_PACKETS -> stat(flow.stats().packets());
            case N_BYTES -> stat(flow.stats().bytes());
            case IDLE_AGE -> stat(flow.stats().idleAgeSeconds());
            case HARD_AGE -> stat(flow.stats().hardAgeSeconds());
            case IDLE_TIMEOUT -> boxed(flow.idleTimeout());
            case HARD_TIMEOUT -> boxed(flow.hardTimeout());
            case IMPORTANCE -> boxed(flow.importance());
        };
    }

    private static long stat(long value) {
        return value == FlowStats.ABSENT ? ABSENT : value;
    }

    private static long boxed(Integer value) {
        return value == null ? ABSENT : value;
    }
}
