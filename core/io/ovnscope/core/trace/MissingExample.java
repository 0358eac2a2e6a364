package io.ovnscope.core.trace;

import java.util.Objects;

/** A traffic flow the snapshot cannot give an example of, and what it lacks. */
public record MissingExample(String title, String reason) {
    public MissingExample {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reason, "reason");
    }
}
