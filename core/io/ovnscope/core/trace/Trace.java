package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpEndpoint;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A traced packet: the rows, then either where it was delivered (and as what) or where and why it stopped.
 *
 * @param question  what was asked
 * @param reply     whether this is the reply of the asked connection, traced back to its sender
 * @param steps     the rows, in order
 * @param delivered where the packet ended up when it arrived; empty when the trace stopped
 * @param finalSrc  the packet's source as delivered (or as it was when the trace stopped); empty when the
 *                  question named no source the snapshot knows
 * @param finalDst  the packet's destination as delivered (or as it was when the trace stopped); empty when
 *                  the question named no destination the snapshot knows
 * @param stop      why the trace ended early; empty when the packet was delivered
 * @param notes     what a reader should know beyond the rows (other backends of a service, assumptions)
 */
public record Trace(TraceQuestion question, boolean reply, List<TraceStep> steps, Optional<Hop> delivered,
                    Optional<IpEndpoint> finalSrc, Optional<IpEndpoint> finalDst, Optional<TraceStop> stop, List<String> notes) {
    public Trace {
        Objects.requireNonNull(question, "question");
        steps = List.copyOf(steps);
        Objects.requireNonNull(delivered, "delivered");
        Objects.requireNonNull(finalSrc, "finalSrc");
        Objects.requireNonNull(finalDst, "finalDst");
        Objects.requireNonNull(stop, "stop");
        notes = List.copyOf(notes);
    }

    public boolean complete() {
        return stop.isEmpty();
    }
}
