package io.ovnscope.core.trace;

import java.util.List;
import java.util.Optional;

/**
 * What a bridge did with the packet: its walk cut at each NAT (so every address pair it passed through shows),
 * the packet as it leaves, and the port it left by, or why it went nowhere.
 */
record BridgeResult(List<BridgeSegment> segments, Packet packet, Optional<Long> outPort, List<String> notes,
                    Optional<String> stopReason) {
    BridgeResult {
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }
}
