package io.ovnscope.core.snapshot;

/** How one command of a collection ended. Anything but COMPLETED leaves its part of the snapshot missing or partial. */
public enum Outcome {
    /** Ran and exited 0. */
    COMPLETED,
    /** Ran and exited non-zero, or was killed by a signal. */
    FAILED,
    /** Did not finish within its timeout; what it printed until then is kept. */
    TIMED_OUT,
    /** Printed more than the output cap; the output was cut there. */
    TRUNCATED,
    /** Never ran: the connection was lost or the collection cancelled first. */
    NOT_RUN,
    /** Read from a file (an import), not run. */
    IMPORTED
}
