package io.ovnscope.core.model.net;

import java.util.Optional;

/**
 * An address with a prefix length, as OVN and ip(8) write them: {@code 10.42.0.0/24}, {@code fd00::/48}. The
 * address keeps its host bits ({@code 10.42.0.1/24} on a router port is the port's address in its network).
 * A bare address is a host prefix (/32 or /128).
 */
public record IpPrefix(IpAddress address, int length) {
    public IpPrefix {
        if (length < 0 || length > address.bitLength()) {
            throw new IllegalArgumentException("prefix length " + length + " does not fit " + address);
        }
    }

    public static IpPrefix host(IpAddress address) {
        return new IpPrefix(address, address.bitLength());
    }

    public static Optional<IpPrefix> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return IpAddress.parse(text).map(IpPrefix::host);
        }
        Optional<IpAddress> address = IpAddress.parse(text.substring(0, slash));
        String bits = text.substring(slash + 1);
        if (address.isEmpty() || bits.isEmpty() || bits.length() > 3 || !bits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int length = Integer.parseInt(bits);
        return length > address.get().bitLength() ? Optional.empty() : Optional.of(new IpPrefix(address.get(), length));
    }

    public boolean v6() {
        return address.v6();
    }

    /** The network address: host bits cleared. */
    public IpAddress network() {
        return address.masked(length);
    }

    public boolean contains(IpAddress other) {
        return other.v6() == address.v6() && other.masked(length).equals(network());
    }

    public boolean contains(IpPrefix other) {
        return other.length >= length && contains(other.address);
    }

    public boolean isHost() {
        return length == address.bitLength();
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
