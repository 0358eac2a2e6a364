package io.ovnscope.core.model.ovn.match;

/**
 * The packet a match is evaluated against, as the trace engine sees it at one step. Field names are OVN's
 * ({@code inport}, {@code eth.src}, {@code ip4.dst}, {@code ip6.src}, {@code tcp.dst}, {@code udp.src},
 * {@code ip4}, {@code tcp}, ...).
 */
@FunctionalInterface
public interface PacketView {
    /** The field's value; {@link FieldValue#ABSENT} or {@link FieldValue#UNKNOWN}, never null. */
    FieldValue field(String name);
}
