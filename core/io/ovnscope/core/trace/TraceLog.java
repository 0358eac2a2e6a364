package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects a trace's rows as the stages decide them, and how it ended. */
final class TraceLog {
    private final List<TraceStep> steps = new ArrayList<>();
    private final List<Hop> via = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Evidence> carried = new ArrayList<>();
    private TraceStop stop;
    private Hop delivered;

    void row(Hop where, Packet arriving, String comment, List<Evidence> evidence) {
        List<Evidence> all = new ArrayList<>(carried);
        all.addAll(evidence);
        carried.clear();
        steps.add(new TraceStep(steps.size() + 1, where, arriving.src(), arriving.dst(), comment, all, via));
        via.clear();
    }

    /** An element crossed that decided nothing: drawn on the path, not a row. */
    void pass(Hop transit) {
        via.add(transit);
    }

    /** Evidence of a decision whose row comes at the next element (the host's route before its egress device). */
    void carry(List<Evidence> evidence) {
        carried.addAll(evidence);
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    void stop(Hop where, String reason) {
        stop = new TraceStop(where, reason);
    }

    void deliver(Hop where) {
        delivered = where;
    }

    boolean ended() {
        return stop != null || delivered != null;
    }

    Trace finish(TraceQuestion question, Optional<IpEndpoint> src, Optional<IpEndpoint> dst) {
        return new Trace(question, false, steps, Optional.ofNullable(delivered), src, dst, Optional.ofNullable(stop),
                notes);
    }
}
