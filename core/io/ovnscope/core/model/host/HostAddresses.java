package io.ovnscope.core.model.host;

import java.util.Optional;

/**
 * Validates IPv4/IPv6 addresses and prefixes kept as strings in the host model, and tells whether a prefix
 * contains an address. Hand-written because core may not use {@code java.net.InetAddress}, which can
 * resolve host names. Meant to be unified with the OVN area's address type later.
 */
public final class HostAddresses {
    private HostAddresses() {
    }

    /** The address's bytes (4 or 16), or empty when it is not a literal IPv4/IPv6 address. */
    public static Optional<byte[]> bytes(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return text.indexOf(':') >= 0 ? ipv6(text) : ipv4(text);
    }

    public static boolean isAddress(String text) {
        return bytes(text).isPresent();
    }

    public static AddressFamily family(String text) {
        return bytes(text).map(b -> b.length == 4 ? AddressFamily.IPV4 : AddressFamily.IPV6)
                .orElse(AddressFamily.UNKNOWN);
    }

    /** True for {@code a.b.c.d/n}, {@code x::/n} and for a bare address (a host prefix). */
    public static boolean isPrefix(String text) {
        return prefixLength(text).isPresent();
    }

    /** True when the address lies in the prefix ({@code 10.42.0.0/16} contains {@code 10.42.0.13}). */
    public static boolean prefixContains(String prefix, String address) {
        Optional<Integer> length = prefixLength(prefix);
        Optional<byte[]> network = bytes(addressPart(prefix));
        Optional<byte[]> host = bytes(address);
        if (length.isEmpty() || network.isEmpty() || host.isEmpty()
                || network.get().length != host.get().length) {
            return false;
        }
        int bits = length.get();
        byte[] a = network.get();
        byte[] b = host.get();
        for (int i = 0; i < a.length && bits > 0; i++, bits -= 8) {
            int mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
            if ((a[i] & mask) != (b[i] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static String addressPart(String prefix) {
        int slash = prefix.indexOf('/');
        return slash < 0 ? prefix : prefix.substring(0, slash);
    }

    private static Optional<Integer> prefixLength(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<byte[]> address = bytes(addressPart(text));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int max = address.get().length * 8;
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.of(max);
        }
        String digits = text.substring(slash + 1);
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int length = Integer.parseInt(digits);
        return length <= max ? Optional.of(length) : Optional.empty();
    }

    private static Optional<byte[]> ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return Optional.empty();
            }
            out[i] = (byte) value;
        }
        return Optional.of(out);
    }

    private static Optional<byte[]> ipv6(String text) {
        String body = text;
        int zone = body.indexOf('%');
        if (zone >= 0) {
            body = body.substring(0, zone);
        }
        byte[] tail = new byte[0];
        int lastColon = body.lastIndexOf(':');
        if (body.indexOf('.', lastColon) >= 0) {
            Optional<byte[]> v4 = ipv4(body.substring(lastColon + 1));
            if (v4.isEmpty()) {
                return Optional.empty();
            }
            tail = v4.get();
            body = body.substring(0, lastColon + 1) + "0:0";
        }
        int gap = body.indexOf("::");
        if (gap >= 0 && body.indexOf("::", gap + 1) >= 0) {
            return Optional.empty();
        }
        String[] head = gap >= 0 ? split(body.substring(0, gap)) : split(body);
        String[] rest = gap >= 0 ? split(body.substring(gap + 2)) : new String[0];
        int groups = head.length + rest.length;
        if (groups > 8 || (gap < 0 && groups != 8) || (gap >= 0 && groups > 7)) {
            return Optional.empty();
        }
        byte[] out = new byte[16];
        if (!fill(out, 0, head) || !fill(out, 16 - 2 * rest.length, rest)) {
            return Optional.empty();
        }
        if (tail.length == 4) {
            System.arraycopy(tail, 0, out, 12, 4);
        }
        return Optional.of(out);
    }

    private static String[] split(String groups) {
        return groups.isEmpty() ? new String[0] : groups.split(":", -1);
    }

    private static boolean fill(byte[] out, int at, String[] groups) {
        for (String group : groups) {
            if (group.isEmpty() || group.length() > 4
                    || !group.chars().allMatch(c -> c < 128 && Character.digit(c, 16) >= 0)) {
                return false;
            }
            int value = Integer.parseInt(group, 16);
            out[at++] = (byte) (value >> 8);
            out[at++] = (byte) value;
        }
        return true;
    }
}
