package io.ovnscope.core.trace;

import java.util.List;
import java.util.Optional;

/**
 * A stretch of a bridge walk between two address changes: the packet as the stretch began, the flows it hit,
 * and the NAT that ended it (empty for the last stretch when it changed nothing).
 */
record BridgeSegment(Packet arriving, List<Evidence> evidence, Optional<String> change) {
    BridgeSegment {
        evidence = List.copyOf(evidence);
    }
}
