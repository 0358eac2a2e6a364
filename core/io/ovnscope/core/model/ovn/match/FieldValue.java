package io.ovnscope.core.model.ovn.match;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.MacAddress;

/** What a packet says about one match field. */
public sealed interface FieldValue {
    /** The packet has no such header (a UDP packet asked for {@code tcp.dst}): tests of it are false. */
    FieldValue ABSENT = new Absent();
    /** The packet may have the field but the caller cannot tell its value: tests of it are unknown. */
    FieldValue UNKNOWN = new Unknown();

    record Address(IpAddress address) implements FieldValue {
    }

    record Mac(MacAddress mac) implements FieldValue {
    }

    record Number(long value) implements FieldValue {
    }

    /** A port name ({@code inport}, {@code outport}). */
    record Text(String text) implements FieldValue {
    }

    /** A protocol or state flag used bare in a match: {@code ip4}, {@code tcp}, {@code ct.new}. */
    record Flag(boolean set) implements FieldValue {
    }

    record Absent() implements FieldValue {
    }

    record Unknown() implements FieldValue {
    }
}
