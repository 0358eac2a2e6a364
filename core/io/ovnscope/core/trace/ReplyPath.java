package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpEndpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The reply of a traced connection. Conntrack sends a reply back through the places that translated the
 * request, so the reply visits the request's rows in reverse order; at each, the addresses it arrives with
 * are the request's as it left that place, swapped, and a NAT done there on the request is undone there on
 * the reply (the last NAT first).
 */
final class ReplyPath {
    private ReplyPath() {
    }

    static Trace of(Trace request, Hop sender) {
        TraceQuestion question = request.question();
        if (request.stop().isPresent() || request.finalSrc().isEmpty() || request.finalDst().isEmpty()) {
            return new Trace(question, true, List.of(), Optional.empty(), request.finalDst(), request.finalSrc(),
                    Optional.of(new TraceStop(request.stop().map(TraceStop::where)
                            .orElse(new Hop(HopKind.HOST, "host")), "the request was not delivered, so there is no reply")),
                    List.of());
        }
        List<TraceStep> steps = request.steps();
        List<TraceStep> reply = new ArrayList<>();
        for (int index = steps.size() - 1; index >= 0; index--) {
            TraceStep step = steps.get(index);
            IpEndpoint leftSrc = index + 1 < steps.size() ? steps.get(index + 1).src() : request.finalSrc().get();
            IpEndpoint leftDst = index + 1 < steps.size() ? steps.get(index + 1).dst() : request.finalDst().get();
            List<Hop> via = index + 1 < steps.size() ? reversed(steps.get(index + 1).via()) : List.of();
            reply.add(new TraceStep(reply.size() + 1, step.where(), leftDst, leftSrc,
                    comment(step, leftSrc, leftDst), step.evidence(), via));
        }
        IpEndpoint first = steps.isEmpty() ? request.finalSrc().get() : steps.get(0).src();
        IpEndpoint firstDst = steps.isEmpty() ? request.finalDst().get() : steps.get(0).dst();
        List<String> notes = new ArrayList<>(request.notes());
        notes.add("the reply retraces the request's path: conntrack returns it through each place that translated"
                + " the request and undoes the translation there");
        return new Trace(question, true, reply, Optional.of(sender), Optional.of(firstDst), Optional.of(first),
                Optional.empty(), notes);
    }

    private static String comment(TraceStep step, IpEndpoint leftSrc, IpEndpoint leftDst) {
        List<String> undone = new ArrayList<>();
        if (!step.dst().equals(leftDst)) {
            undone.add("reverses the DNAT: source " + leftDst + " back to " + step.dst());
        }
        if (!step.src().equals(leftSrc)) {
            undone.add("reverses the SNAT: destination " + leftSrc + " back to " + step.src());
        }
        return undone.isEmpty() ? "reply passes back through " + step.where().where()
                : "conntrack " + String.join("; ", undone);
    }

    private static List<Hop> reversed(List<Hop> hops) {
        List<Hop> copy = new ArrayList<>(hops);
        Collections.reverse(copy);
        return copy;
    }
}
