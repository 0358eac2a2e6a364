package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpEndpoint;
import java.util.List;
import java.util.Objects;

/**
 * One row of a trace, in the seed's convention: the addresses are the packet's as it arrives at {@code where},
 * so a NAT done here shows on the next row.
 *
 * @param number   1-based
 * @param where    where the decision is made
 * @param src      the source address (and port where known) as the packet arrives
 * @param dst      the destination address (and port where known) as the packet arrives
 * @param comment  what happens here, in one line
 * @param evidence the rules, routes, flows or objects that decided it
 * @param via      elements crossed since the previous row that decided nothing (a join or external switch
 *                 forwarding between router ports): the picture draws the path through them
 */
public record TraceStep(int number, Hop where, IpEndpoint src, IpEndpoint dst, String comment,
                        List<Evidence> evidence, List<Hop> via) {
    public TraceStep {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(src, "src");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(comment, "comment");
        evidence = List.copyOf(evidence);
        via = List.copyOf(via);
    }
}
