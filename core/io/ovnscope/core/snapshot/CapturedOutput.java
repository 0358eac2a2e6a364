package io.ovnscope.core.snapshot;

import io.ovnscope.core.parse.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One command's raw output, exactly as the node printed it, with how it ended and what the parser could
 * not read in it. The raw text is always kept, so nothing is lost to a parser that misread it.
 *
 * @param item     the catalog item that ran it, e.g. {@code flows/br-int}
 * @param command  the command line as run on the node
 * @param kind     the parser kind that reads it (as in {@code ovnscope parse --as KIND})
 * @param exitCode the exit status, or null when there was none (not run, timed out, killed by a signal)
 */
public record CapturedOutput(String item, String command, String kind, Outcome outcome, Integer exitCode,
                             Duration duration, String stdout, String stderr, List<Problem> problems) {
    public CapturedOutput {
        Objects.requireNonNull(item);
        Objects.requireNonNull(command);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(duration);
        stdout = Objects.requireNonNullElse(stdout, "");
        stderr = Objects.requireNonNullElse(stderr, "");
        problems = List.copyOf(problems);
    }

    public boolean usable() {
        return outcome == Outcome.COMPLETED || outcome == Outcome.IMPORTED || outcome == Outcome.TRUNCATED;
    }
}
