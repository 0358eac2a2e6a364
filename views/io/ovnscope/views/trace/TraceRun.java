package io.ovnscope.views.trace;

import io.ovnscope.core.topology.TracePath;
import io.ovnscope.core.trace.Trace;
import java.util.Objects;
import java.util.Optional;

/**
 * A traced question: the request, its reply when the request was delivered, and both drawn on the topology
 * shown at the time (empty paths when no picture was shown).
 */
record TraceRun(String title, Trace request, Optional<Trace> reply, Optional<TracePath> requestPath,
                Optional<TracePath> replyPath) {
    TraceRun {
        Objects.requireNonNull(title);
        Objects.requireNonNull(request);
        Objects.requireNonNull(reply);
        Objects.requireNonNull(requestPath);
        Objects.requireNonNull(replyPath);
    }

    Trace trace(boolean back) {
        return back ? reply.orElse(request) : request;
    }

    Optional<TracePath> path(boolean back) {
        return back && reply.isPresent() ? replyPath : requestPath;
    }
}
