package io.ovnscope.core.trace;

import java.util.List;
import java.util.Optional;

/**
 * What a netfilter nat hook did: the packet after it, the rules that decided (jumps and the NAT rule), the
 * change in words when there was one, or why the trace cannot tell.
 */
record NatResult(Packet packet, List<Evidence> evidence, Optional<String> change, Optional<String> stopReason) {
    NatResult {
        evidence = List.copyOf(evidence);
    }

    boolean changed() {
        return change.isPresent();
    }
}
