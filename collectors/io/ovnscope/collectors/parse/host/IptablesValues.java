package io.ovnscope.collectors.parse.host;

import io.ovnscope.core.model.host.Direction;
import io.ovnscope.core.model.host.HostAddresses;
import io.ovnscope.core.model.host.NatRange;
import io.ovnscope.core.model.host.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads the small values iptables prints: ports and port ranges, marks, NAT ranges, set flags. */
final class IptablesValues {
    private IptablesValues() {
    }

    /** {@code 80}, {@code 1024:65535}, {@code 1024-65535}, {@code 1024:} (to 65535), {@code :1024} (from 0). */
    static Optional<PortRange> portRange(String text) {
        int sep = text.indexOf(':');
        if (sep < 0) {
            sep = text.indexOf('-');
        }
        if (sep < 0) {
            return port(text).map(PortRange::single);
        }
        String first = text.substring(0, sep);
        String last = text.substring(sep + 1);
        Optional<Integer> from = first.isEmpty() ? Optional.of(0) : port(first);
        Optional<Integer> to = last.isEmpty() ? Optional.of(65535) : port(last);
        if (from.isEmpty() || to.isEmpty() || from.get() > to.get()) {
            return Optional.empty();
        }
        return Optional.of(new PortRange(from.get(), to.get()));
    }

    static Optional<List<PortRange>> portList(String text) {
        List<PortRange> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Optional<PortRange> range = portRange(part);
            if (range.isEmpty()) {
                return Optional.empty();
            }
            out.add(range.get());
        }
        return Optional.of(out);
    }

    static Optional<Integer> port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value <= 65535 ? Optional.of(value) : Optional.empty();
    }

    /** {@code 0x4000}, {@code 16384}: a 32-bit mark value. */
    static OptionalLong number(String text) {
        try {
            long value = text.startsWith("0x") || text.startsWith("0X")
                    ? Long.parseLong(text.substring(2), 16)
                    : Long.parseLong(text);
            return value >= 0 && value <= 0xFFFFFFFFL ? OptionalLong.of(value) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** {@code value[/mask]} with the mask all ones when absent; {@code [value, mask]} or empty. */
    static Optional<long[]> valueMask(String text) {
        int slash = text.indexOf('/');
        OptionalLong value = number(slash < 0 ? text : text.substring(0, slash));
        OptionalLong mask = slash < 0 ? OptionalLong.of(0xFFFFFFFFL) : number(text.substring(slash + 1));
        if (value.isEmpty() || mask.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new long[] {value.getAsLong(), mask.getAsLong()});
    }

    /**
     * {@code 10.43.19.182:7000}, {@code 10.0.0.1-10.0.0.9:1000-2000}, {@code [fd00::1]:80}, {@code fd00::1},
     * {@code :8080}.
     */
    static Optional<NatRange> natRange(String text) {
        String addresses;
        String ports;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            addresses = text.substring(1, close);
            String after = text.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                return Optional.empty();
            }
            ports = after.isEmpty() ? "" : after.substring(1);
        } else if (text.indexOf(':') != text.lastIndexOf(':')) {
            addresses = text;
            ports = "";
        } else {
            int colon = text.indexOf(':');
            addresses = colon < 0 ? text : text.substring(0, colon);
            ports = colon < 0 ? "" : text.substring(colon + 1);
        }
        Optional<PortRange> portRange = Optional.empty();
        if (!ports.isEmpty()) {
            portRange = portRange(ports);
            if (portRange.isEmpty()) {
                return Optional.empty();
            }
        }
        if (addresses.isEmpty()) {
            return portRange.isPresent()
                    ? Optional.of(new NatRange(Optional.empty(), Optional.empty(), portRange))
                    : Optional.empty();
        }
        int dash = addresses.indexOf('-');
        String first = dash < 0 ? addresses : addresses.substring(0, dash);
        String last = dash < 0 ? addresses : addresses.substring(dash + 1);
        if (!HostAddresses.isAddress(first) || !HostAddresses.isAddress(last)) {
            return Optional.empty();
        }
        return Optional.of(new NatRange(Optional.of(first), Optional.of(last), portRange));
    }

    /** {@code src,dst} of a set match. */
    static Optional<List<Direction>> setFlags(String text) {
        List<Direction> out = new ArrayList<>();
        for (String flag : text.split(",", -1)) {
            switch (flag) {
                case "src" -> out.add(Direction.SOURCE);
                case "dst" -> out.add(Direction.DESTINATION);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(out);
    }
}
