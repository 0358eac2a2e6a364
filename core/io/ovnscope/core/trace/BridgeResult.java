package io.ovnscope.core.trace;

import java.util.List;
import java.util.Optional;

/**
 * What a bridge did with the packet: the packet as it leaves, the flows that decided it, what they changed,
 * and the port it left by, or why it went nowhere.
 */
record BridgeResult(Packet packet, List<Evidence> evidence, List<String> changes, Optional<Long> outPort,
                    Optional<String> stopReason) {
    BridgeResult {
        evidence = List.copyOf(evidence);
        changes = List.copyOf(changes);
    }
}
