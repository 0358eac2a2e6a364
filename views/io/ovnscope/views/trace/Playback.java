package io.ovnscope.views.trace;

import io.ovnscope.core.topology.TracePath;
import io.ovnscope.core.topology.TracePath.Crossing;
import io.ovnscope.core.topology.TracePath.Leg;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceStep;
import java.util.List;
import java.util.Optional;

/**
 * Where a packet is at a point of its animation. The position runs from 0 (at the source) to the number of legs
 * (arrived at the last one); between two whole numbers the packet travels the next leg's links in turn. A leg
 * with no link (the same element deciding again, or a jump) keeps the token where it last was.
 */
final class Playback {
    private final Trace trace;
    private final TracePath path;

    Playback(Trace trace, TracePath path) {
        this.trace = trace;
        this.path = path;
    }

    /** A token's place: an edge and how far along it from its source end. */
    record Token(String wire, double along) {
    }

    Trace trace() {
        return trace;
    }

    TracePath path() {
        return path;
    }

    int end() {
        return path.legs().size();
    }

    /** The leg being travelled or just arrived at; -1 at the source. */
    int leg(double position) {
        return position <= 0 ? -1 : Math.min(end(), (int) Math.ceil(position)) - 1;
    }

    /** The element the packet is at or heading to. */
    String element(double position) {
        int leg = leg(position);
        return leg < 0 ? path.start() : path.legs().get(leg).element();
    }

    /** The trace row of the leg (1-based), or empty at the source and on the delivery leg. */
    Optional<TraceStep> row(double position) {
        int leg = leg(position);
        if (leg < 0 || path.legs().get(leg).row() == 0) {
            return Optional.empty();
        }
        int number = path.legs().get(leg).row();
        return trace.steps().stream().filter(step -> step.number() == number).findFirst();
    }

    /** The packet's source and destination as it arrives where it is heading, so a NAT shows as it happens. */
    String label(double position) {
        Optional<TraceStep> row = row(position);
        if (row.isPresent()) {
            return row.get().src() + " → " + row.get().dst();
        }
        if (leg(position) < 0 && !trace.steps().isEmpty()) {
            return trace.steps().get(0).src() + " → " + trace.steps().get(0).dst();
        }
        return trace.finalSrc().map(Object::toString).orElse("?") + " → "
                + trace.finalDst().map(Object::toString).orElse("?");
    }

    Optional<Token> token(double position) {
        double clamped = Math.max(0, Math.min(end(), position));
        int leg = leg(clamped);
        if (leg >= 0) {
            List<Crossing> crossings = path.legs().get(leg).crossings();
            if (!crossings.isEmpty()) {
                double travelled = (clamped - leg) * crossings.size();
                int index = Math.min(crossings.size() - 1, (int) Math.floor(travelled));
                return Optional.of(at(crossings.get(index), travelled - index));
            }
            for (int back = leg - 1; back >= 0; back--) {
                List<Crossing> earlier = path.legs().get(back).crossings();
                if (!earlier.isEmpty()) {
                    return Optional.of(at(earlier.get(earlier.size() - 1), 1));
                }
            }
        }
        for (Leg ahead : path.legs().subList(Math.max(0, leg + 1), end())) {
            if (!ahead.crossings().isEmpty()) {
                return Optional.of(at(ahead.crossings().get(0), 0));
            }
        }
        return Optional.empty();
    }

    /** The position at which the packet has arrived at a trace row's element. */
    double positionOfRow(int number) {
        for (int i = 0; i < end(); i++) {
            if (path.legs().get(i).row() == number) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Token at(Crossing crossing, double travelled) {
        double t = Math.max(0, Math.min(1, travelled));
        return new Token(crossing.link(), crossing.forward() ? t : 1 - t);
    }
}
