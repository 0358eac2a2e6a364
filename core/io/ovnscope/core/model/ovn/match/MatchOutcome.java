package io.ovnscope.core.model.ovn.match;

import java.util.List;

/**
 * The answer of a match over a packet.
 *
 * @param unknowns why the answer is (or parts of it were) unknown: fields the packet could not give, address
 *                 sets not in the snapshot, comparisons of different kinds
 */
public record MatchOutcome(Truth truth, List<String> unknowns) {
    public MatchOutcome {
        unknowns = List.copyOf(unknowns);
    }

    public boolean matched() {
        return truth == Truth.TRUE;
    }
}
