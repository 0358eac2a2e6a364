package io.ovnscope.core.trace;

import java.util.Objects;

/** Where and why a trace ended before the packet reached its destination. */
public record TraceStop(Hop where, String reason) {
    public TraceStop {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
    }
}
