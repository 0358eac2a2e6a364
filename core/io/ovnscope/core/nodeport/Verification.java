package io.ovnscope.core.nodeport;

import java.util.Objects;

/**
 * What a dump by cookie found after a write (or after a connection was lost during one).
 *
 * @param state  which of the states the command knows the bridge is in
 * @param diff   the bridge's flows under the cookies against the state after the command
 */
public record Verification(State state, FlowSetDiff diff, String message) {
    public Verification {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(message, "message");
    }

    public enum State {
        /** Exactly the flows the command leads to. */
        AS_PLANNED,
        /** Exactly the flows there were before: nothing was applied. */
        AS_BEFORE,
        /** Neither: some other set of flows. */
        DIFFERENT,
        /** The dump could not run (the connection is gone, for one). */
        UNKNOWN
    }
}
