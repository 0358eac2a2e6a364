package io.ovnscope.core.node;

import io.ovnscope.core.snapshot.Outcome;
import java.time.Duration;
import java.util.Objects;

/**
 * How one command ran on a node: what it printed and how it ended.
 *
 * @param exitCode   the exit status, or null when there was none (not run, timed out, killed by a signal)
 * @param exitSignal the signal that killed it without the SIG prefix (e.g. {@code KILL}), or null
 * @param truncated  true when standard output was cut at the output cap
 * @param failure    one line a user can act on when the outcome is not COMPLETED, else null
 */
public record CommandRun(String command, Outcome outcome, Integer exitCode, String exitSignal, Duration duration,
                         String stdout, String stderr, boolean truncated, String failure) {
    public CommandRun {
        Objects.requireNonNull(command);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(duration);
        stdout = Objects.requireNonNullElse(stdout, "");
        stderr = Objects.requireNonNullElse(stderr, "");
        if (outcome != Outcome.COMPLETED && (failure == null || failure.isBlank())) {
            throw new IllegalArgumentException(outcome + " needs a reason");
        }
    }

    /** A command that never started, e.g. because the connection was lost or the run cancelled first. */
    public static CommandRun notRun(String command, String reason) {
        return new CommandRun(command, Outcome.NOT_RUN, null, null, Duration.ZERO, "", "", false, reason);
    }
}
