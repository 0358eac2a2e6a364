package io.ovnscope.core.browse.filter;

import io.ovnscope.core.model.net.IpAddress;
import java.util.Optional;

/**
 * A match value as bits under a mask, so that addresses, prefixes, MACs and register values compare alike:
 * {@code 10.43.0.0/16}, {@code 10.43.0.0/255.255.0.0}, {@code 0a:58:0a:2a:00:0c}, {@code 0x5/0xff},
 * {@code 0x1000000000000000000000000000/0x...} (128-bit xxreg and ct_label). An unmasked value has every
 * bit set in its mask. Parsed by hand: the filter runs it on every flow.
 */
record MaskedValue(Kind kind, long high, long low, long maskHigh, long maskLow) {

    enum Kind { IPV4, IPV6, MAC, NUMBER }

    private static final long MAC_BITS = 0xFFFF_FFFF_FFFFL;
    private static final long V4_BITS = 0xFFFF_FFFFL;

    /** Whether some value fits under both masks: each side's cared-for bits agree where the other cares too. */
    boolean overlaps(MaskedValue other) {
        return kind == other.kind && ((high ^ other.high) & maskHigh & other.maskHigh) == 0
                && ((low ^ other.low) & maskLow & other.maskLow) == 0;
    }

    /** Same kind, same mask, same bits under it. */
    boolean sameAs(MaskedValue other) {
        return kind == other.kind && maskHigh == other.maskHigh && maskLow == other.maskLow
                && ((high ^ other.high) & maskHigh) == 0 && ((low ^ other.low) & maskLow) == 0;
    }

    /** Whether the value is a plain number (no mask, at most 64 bits), to order against another. */
    boolean plainNumber() {
        return kind == Kind.NUMBER && maskHigh == -1L && maskLow == -1L && high == 0;
    }

    /** Reads a match value, or null when it is none of the four kinds (a port name, ct_state flags...). */
    static MaskedValue parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int slash = text.indexOf('/');
        String value = slash < 0 ? text : text.substring(0, slash);
        String mask = slash < 0 ? null : text.substring(slash + 1);
        return parse(value, mask);
    }

    /** Reads a value and its mask as a match field keeps them apart (mask null when unmasked). */
    static MaskedValue parse(String value, String mask) {
        if (value == null || value.isEmpty() || mask != null && mask.isEmpty()) {
            return null;
        }
        if (value.indexOf('.') >= 0 && value.indexOf(':') < 0) {
            return ipv4(value, mask);
        }
        if (value.length() == 17 && value.charAt(2) == ':' && value.charAt(14) == ':') {
            return mac(value, mask);
        }
        if (value.indexOf(':') >= 0) {
            return ipv6(value, mask);
        }
        return number(value, mask);
    }

    private static MaskedValue ipv4(String value, String mask) {
        long address = dottedQuad(value);
        if (address < 0) {
            return null;
        }
        long bits = V4_BITS;
        if (mask != null) {
            int length = decimal(mask, 32);
            bits = length >= 0 ? (length == 0 ? 0 : (V4_BITS << (32 - length)) & V4_BITS) : dottedQuad(mask);
            if (bits < 0) {
                return null;
            }
        }
        return new MaskedValue(Kind.IPV4, 0, address, -1L, bits | ~V4_BITS);
    }

    private static MaskedValue ipv6(String value, String mask) {
        Optional<IpAddress> address = IpAddress.parse(value).filter(IpAddress::v6);
        if (address.isEmpty()) {
            return null;
        }
        long maskHigh = -1L;
        long maskLow = -1L;
        if (mask != null) {
            int length = decimal(mask, 128);
            if (length >= 0) {
                maskHigh = length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
                maskLow = length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
            } else {
                Optional<IpAddress> bits = IpAddress.parse(mask).filter(IpAddress::v6);
                if (bits.isEmpty()) {
                    return null;
                }
                maskHigh = bits.get().high();
                maskLow = bits.get().low();
            }
        }
        return new MaskedValue(Kind.IPV6, address.get().high(), address.get().low(), maskHigh, maskLow);
    }

    private static MaskedValue mac(String value, String mask) {
        long bits = macBits(value);
        long maskBits = mask == null ? MAC_BITS : macBits(mask);
        if (bits < 0 || maskBits < 0) {
            return null;
        }
        return new MaskedValue(Kind.MAC, 0, bits, -1L, maskBits | ~MAC_BITS);
    }

    private static MaskedValue number(String value, String mask) {
        long[] bits = new long[2];
        if (!integer(value, bits)) {
            return null;
        }
        long[] maskBits = {-1L, -1L};
        if (mask != null && !integer(mask, maskBits)) {
            return null;
        }
        return new MaskedValue(Kind.NUMBER, bits[0], bits[1], maskBits[0], maskBits[1]);
    }

    /** A decimal or 0x-hex integer of up to 128 bits into {high, low}; false when it is not one. */
    private static boolean integer(String text, long[] into) {
        if (text.length() > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
            int digits = text.length() - 2;
            if (digits > 32) {
                return false;
            }
            long high = 0;
            long low = 0;
            for (int i = 2; i < text.length(); i++) {
                int digit = Character.digit(text.charAt(i), 16);
                if (digit < 0) {
                    return false;
                }
                high = (high << 4) | (low >>> 60);
                low = (low << 4) | digit;
            }
            into[0] = high;
            into[1] = low;
            return true;
        }
        if (text.length() > 18) {
            return bigDecimal(text, into);
        }
        if (text.isEmpty()) {
            return false;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        into[0] = 0;
        into[1] = value;
        return true;
    }

    /** Decimals long enough to overflow a signed long: rare, so the library's slower check is fine. */
    private static boolean bigDecimal(String text, long[] into) {
        if (text.length() > 20 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        try {
            into[0] = 0;
            into[1] = Long.parseUnsignedLong(text);
            return true;
        } catch (NumberFormatException tooBig) {
            return false;
        }
    }

    /** A decimal number from 0 to max, or -1. */
    private static int decimal(String text, int max) {
        if (text.isEmpty() || text.length() > 3) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= max ? value : -1;
    }

    private static long dottedQuad(String text) {
        long value = 0;
        int parts = 0;
        int part = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (part < 0 || ++parts > 4) {
                    return -1;
                }
                value = (value << 8) | part;
                part = -1;
            } else if (c >= '0' && c <= '9') {
                part = (part < 0 ? 0 : part * 10) + (c - '0');
                if (part > 255) {
                    return -1;
                }
            } else {
                return -1;
            }
        }
        return parts == 4 ? value : -1;
    }

    private static long macBits(String text) {
        if (text.length() != 17) {
            return -1;
        }
        long bits = 0;
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (i % 3 == 2) {
                if (c != ':') {
                    return -1;
                }
                continue;
            }
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                return -1;
            }
            bits = (bits << 4) | digit;
        }
        return bits;
    }
}
