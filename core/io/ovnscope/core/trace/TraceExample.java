package io.ovnscope.core.trace;

import java.util.Objects;

/** One of seed 004's traffic flows, asked with the open snapshot's own names and addresses. */
public record TraceExample(String title, TraceQuestion question) {
    public TraceExample {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(question, "question");
    }
}
