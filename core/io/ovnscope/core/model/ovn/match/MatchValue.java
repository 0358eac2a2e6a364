package io.ovnscope.core.model.ovn.match;

import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import java.util.Optional;

/** A constant on the right of a comparison. */
public sealed interface MatchValue {
    record NumberValue(long value) implements MatchValue {
    }

    /** An address or network ({@code 10.0.0.1}, {@code 10.0.0.0/8}, {@code fd00::/48}). */
    record PrefixValue(IpPrefix prefix) implements MatchValue {
    }

    record MacValue(MacAddress mac) implements MatchValue {
    }

    record StringValue(String text) implements MatchValue {
    }

    /** {@code $name} (an address set) or {@code @name} (a port group), resolved when evaluated. */
    record SetReference(char sigil, String name) implements MatchValue {
    }

    /** Reads a constant as written in a match or in an address set; empty when it is none of the kinds. */
    static Optional<MatchValue> constant(String word) {
        Optional<IpPrefix> prefix = IpPrefix.parse(word);
        if (prefix.isPresent()) {
            return Optional.of(new PrefixValue(prefix.get()));
        }
        Optional<MacAddress> mac = MacAddress.parse(word);
        if (mac.isPresent()) {
            return Optional.of(new MacValue(mac.get()));
        }
        return number(word).map(NumberValue::new);
    }

    private static Optional<Long> number(String word) {
        boolean hex = word.startsWith("0x") || word.startsWith("0X");
        String digits = hex ? word.substring(2) : word;
        if (digits.isEmpty() || digits.length() > (hex ? 15 : 18)) {
            return Optional.empty();
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = Character.digit(digits.charAt(i), hex ? 16 : 10);
            if (digit < 0) {
                return Optional.empty();
            }
            value = value * (hex ? 16 : 10) + digit;
        }
        return Optional.of(value);
    }
}
