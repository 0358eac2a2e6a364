package io.ovnscope.core.trace;

/** The packet as a stage leaves it, and where it goes next. */
record Move(Packet packet, Arrival next) {
    static Move done(Packet packet) {
        return new Move(packet, new Arrival.Done());
    }
}
