package io.ovnscope.core.node;

import java.time.Duration;
import java.util.Objects;

/**
 * One command to run on a node, with the limits it runs under.
 *
 * @param command     the command line, run by the node's login shell
 * @param timeout     how long it may run before it is stopped (what it printed until then is kept)
 * @param outputCap   how many bytes of standard output are kept; reading stops there
 * @param stdin       text sent to the command's standard input, or null to give it an empty, closed input
 */
public record CommandSpec(String command, Duration timeout, long outputCap, String stdin) {
    /** Enough for the largest flow dump seen on a busy node, small enough to keep a snapshot in memory. */
    public static final long DEFAULT_OUTPUT_CAP = 64L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public CommandSpec {
        Objects.requireNonNull(command);
        Objects.requireNonNull(timeout);
        if (command.isBlank()) {
            throw new IllegalArgumentException("empty command");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (outputCap <= 0) {
            throw new IllegalArgumentException("output cap must be positive: " + outputCap);
        }
    }

    /** A read-only command with the default limits. */
    public static CommandSpec of(String command) {
        return new CommandSpec(command, DEFAULT_TIMEOUT, DEFAULT_OUTPUT_CAP, null);
    }

    public CommandSpec withTimeout(Duration newTimeout) {
        return new CommandSpec(command, newTimeout, outputCap, stdin);
    }

    public CommandSpec withOutputCap(long newCap) {
        return new CommandSpec(command, timeout, newCap, stdin);
    }

    public CommandSpec withStdin(String text) {
        return new CommandSpec(command, timeout, outputCap, text);
    }
}
