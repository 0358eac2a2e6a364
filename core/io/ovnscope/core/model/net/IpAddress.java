package io.ovnscope.core.model.net;

import java.util.Optional;

/**
 * An IPv4 or IPv6 address as a value, parsed by hand so that nothing here can start a DNS lookup
 * (unlike {@code InetAddress.getByName}). IPv4 lives in the low 32 bits of {@code low}.
 *
 * @param v6   true for IPv6
 * @param high the upper 64 bits of an IPv6 address, 0 for IPv4
 * @param low  the lower 64 bits of an IPv6 address, or the IPv4 address
 */
public record IpAddress(boolean v6, long high, long low) implements Comparable<IpAddress> {
    public IpAddress {
        if (!v6 && (high != 0 || (low >>> 32) != 0)) {
            throw new IllegalArgumentException("an IPv4 address has 32 bits");
        }
    }

    /** Parses dotted-quad IPv4 or any RFC 4291 IPv6 text form (also with an embedded IPv4 tail). */
    public static Optional<IpAddress> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.indexOf(':') >= 0) {
            return parseV6(text);
        }
        java.util.OptionalLong v4 = parseV4(text);
        return v4.isPresent() ? Optional.of(new IpAddress(false, 0, v4.getAsLong())) : Optional.empty();
    }

    public boolean v4() {
        return !v6;
    }

    public int bitLength() {
        return v6 ? 128 : 32;
    }

    /** This address with every bit after the first {@code length} cleared. */
    public IpAddress masked(int length) {
        if (!v6) {
            long mask = length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
            return new IpAddress(false, 0, low & mask);
        }
        long highMask = length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
        long lowMask = length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
        return new IpAddress(true, high & highMask, low & lowMask);
    }

    @Override
    public int compareTo(IpAddress other) {
        if (v6 != other.v6) {
            return v6 ? 1 : -1;
        }
        int c = Long.compareUnsigned(high, other.high);
        return c != 0 ? c : Long.compareUnsigned(low, other.low);
    }

    /** Dotted quad, or the RFC 5952 canonical IPv6 form (lower case, longest zero run as "::"). */
    @Override
    public String toString() {
        if (!v6) {
            return (low >>> 24) + "." + ((low >>> 16) & 0xFF) + "." + ((low >>> 8) & 0xFF) + "." + (low & 0xFF);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) ((high >>> (48 - 16 * i)) & 0xFFFF);
            groups[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static java.util.OptionalLong parseV4(String text) {
        long value = 0;
        int parts = 0;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            int start = i;
            int part = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                part = part * 10 + (text.charAt(i) - '0');
                if (i - start >= 3 || part > 255) {
                    return java.util.OptionalLong.empty();
                }
                i++;
            }
            if (i == start) {
                return java.util.OptionalLong.empty();
            }
            value = (value << 8) | part;
            parts++;
            if (i == n) {
                break;
            }
            if (text.charAt(i) != '.' || parts == 4) {
                return java.util.OptionalLong.empty();
            }
            i++;
        }
        return parts == 4 ? java.util.OptionalLong.of(value) : java.util.OptionalLong.empty();
    }

    private static Optional<IpAddress> parseV6(String text) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = 0;
        int n = text.length();
        if (text.startsWith("::")) {
            gap = 0;
            i = 2;
        } else if (text.startsWith(":")) {
            return Optional.empty();
        }
        while (i < n) {
            if (count == 8) {
                return Optional.empty();
            }
            int start = i;
            int group = 0;
            while (i < n && Character.digit(text.charAt(i), 16) >= 0) {
                group = group * 16 + Character.digit(text.charAt(i), 16);
                if (i - start >= 4) {
                    return Optional.empty();
                }
                i++;
            }
            if (i < n && text.charAt(i) == '.') {
                java.util.OptionalLong v4 = parseV4(text.substring(start));
                if (v4.isEmpty() || count > 6) {
                    return Optional.empty();
                }
                groups[count++] = (int) (v4.getAsLong() >>> 16);
                groups[count++] = (int) (v4.getAsLong() & 0xFFFF);
                i = n;
                break;
            }
            if (i == start) {
                return Optional.empty();
            }
            groups[count++] = group;
            if (i == n) {
                break;
            }
            if (text.charAt(i) != ':') {
                return Optional.empty();
            }
            i++;
            if (i < n && text.charAt(i) == ':') {
                if (gap >= 0) {
                    return Optional.empty();
                }
                gap = count;
                i++;
            } else if (i == n) {
                return Optional.empty();
            }
        }
        if (gap < 0 && count != 8 || gap >= 0 && count > 7) {
            return Optional.empty();
        }
        int[] full = new int[8];
        if (gap < 0) {
            full = groups;
        } else {
            int tail = count - gap;
            System.arraycopy(groups, 0, full, 0, gap);
            System.arraycopy(groups, gap, full, 8 - tail, tail);
        }
        long high = 0;
        long low = 0;
        for (int g = 0; g < 4; g++) {
            high = (high << 16) | full[g];
            low = (low << 16) | full[g + 4];
        }
        return Optional.of(new IpAddress(true, high, low));
    }
}
