package io.ovnscope.core.model.net;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An address with an optional transport port, written as OVN load balancers write them:
 * {@code 10.43.0.10:53}, {@code 10.42.0.7}, {@code [fd00::a]:80}, {@code [fd00::a]}.
 */
public record IpEndpoint(IpAddress address, OptionalInt port) {
    public IpEndpoint {
        if (port.isPresent() && (port.getAsInt() < 0 || port.getAsInt() > 65535)) {
            throw new IllegalArgumentException("port out of range: " + port.getAsInt());
        }
    }

    public static IpEndpoint of(IpAddress address, int port) {
        return new IpEndpoint(address, OptionalInt.of(port));
    }

    public static Optional<IpEndpoint> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.charAt(0) == '[') {
            int close = text.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            Optional<IpAddress> address = IpAddress.parse(text.substring(1, close)).filter(IpAddress::v6);
            String rest = text.substring(close + 1);
            if (rest.isEmpty()) {
                return address.map(a -> new IpEndpoint(a, OptionalInt.empty()));
            }
            return rest.charAt(0) == ':' ? withPort(address, rest.substring(1)) : Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return IpAddress.parse(text).map(a -> new IpEndpoint(a, OptionalInt.empty()));
        }
        if (text.indexOf(':', colon + 1) >= 0) {
            return IpAddress.parse(text).map(a -> new IpEndpoint(a, OptionalInt.empty()));
        }
        return withPort(IpAddress.parse(text.substring(0, colon)), text.substring(colon + 1));
    }

    private static Optional<IpEndpoint> withPort(Optional<IpAddress> address, String port) {
        if (address.isEmpty() || port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int value = Integer.parseInt(port);
        return value > 65535 ? Optional.empty() : Optional.of(of(address.get(), value));
    }

    @Override
    public String toString() {
        String host = address.v6() && port.isPresent() ? "[" + address + "]" : address.toString();
        return port.isPresent() ? host + ":" + port.getAsInt() : host;
    }
}
