package io.ovnscope.core.model.host;

/**
 * Packet and byte counters of an iptables chain policy or rule ({@code [packets:bytes]}).
 *
 * @param exact false when the listing form abbreviated them ({@code 12K}, {@code 3M}) and the values are
 *              the abbreviation multiplied out, not the kernel's numbers
 */
public record Counters(long packets, long bytes, boolean exact) {
    public static Counters of(long packets, long bytes) {
        return new Counters(packets, bytes, true);
    }
}
