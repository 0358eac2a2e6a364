package io.ovnscope.core.nodeport;

import io.ovnscope.core.node.CommandRun;
import java.util.List;

/**
 * How a write went: the runs of its commands and what the bridge holds afterwards.
 *
 * @param rollbackOffered true when the bridge holds neither what was planned nor what was there before, and the
 *                        command's inverse may put it back
 */
public record WriteResult(Preview preview, List<CommandRun> runs, Verification verification, boolean rollbackOffered) {
    public WriteResult {
        runs = List.copyOf(runs);
    }

    public boolean succeeded() {
        return verification.state() == Verification.State.AS_PLANNED;
    }
}
