package io.ovnscope.core.model.net;

import java.util.Optional;

/** A 48-bit Ethernet address; parses {@code 0a:58:0a:2a:00:0c} in either case, prints lower case. */
public record MacAddress(long bits) {
    public MacAddress {
        if ((bits >>> 48) != 0) {
            throw new IllegalArgumentException("a MAC address has 48 bits");
        }
    }

    public static Optional<MacAddress> parse(String text) {
        if (text == null || text.length() != 17) {
            return Optional.empty();
        }
        long bits = 0;
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (i % 3 == 2) {
                if (c != ':') {
                    return Optional.empty();
                }
                continue;
            }
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                return Optional.empty();
            }
            bits = (bits << 4) | digit;
        }
        return Optional.of(new MacAddress(bits));
    }

    public boolean multicast() {
        return ((bits >>> 40) & 1) == 1;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(17);
        for (int shift = 40; shift >= 0; shift -= 8) {
            if (text.length() > 0) {
                text.append(':');
            }
            text.append(String.format("%02x", (bits >>> shift) & 0xFF));
        }
        return text.toString();
    }
}
