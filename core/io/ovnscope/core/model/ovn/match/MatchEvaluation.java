package io.ovnscope.core.model.ovn.match;

import java.util.ArrayList;
import java.util.List;

/** One evaluation in progress: the packet, the set lookup, and why parts of the answer are unknown. */
public final class MatchEvaluation {
    private final PacketView packet;
    private final AddressSetLookup sets;
    private final List<String> unknowns = new ArrayList<>();

    MatchEvaluation(PacketView packet, AddressSetLookup sets) {
        this.packet = packet;
        this.sets = sets;
    }

    FieldValue field(String name) {
        FieldValue value = packet.field(name);
        return value == null ? FieldValue.UNKNOWN : value;
    }

    AddressSetLookup sets() {
        return sets;
    }

    void unknown(String reason) {
        if (!unknowns.contains(reason)) {
            unknowns.add(reason);
        }
    }

    List<String> unknowns() {
        return List.copyOf(unknowns);
    }
}
