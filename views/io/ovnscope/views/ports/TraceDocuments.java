package io.ovnscope.views.ports;

import io.ovnscope.core.trace.Trace;
import java.util.Optional;

/** Writes a trace as the CLI's JSON document (the mapping lives outside the views). */
@FunctionalInterface
public interface TraceDocuments {
    /** The request and, when it was traced, its reply, as {@code ovnscope trace --format json} writes them. */
    String json(Trace request, Optional<Trace> reply);
}
