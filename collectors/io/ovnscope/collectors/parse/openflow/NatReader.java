package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.core.model.openflow.Nat;

import java.util.ArrayList;
import java.util.List;

/** Reads the inside of ct's nat(...): {@code src=10.0.0.1-10.0.0.9:100-200,persistent}, IPv6 in brackets. */
final class NatReader {

    /** The nat, or null when the text is not one. */
    Nat read(String text, int from, int to) {
        Nat.Kind kind = Nat.Kind.NONE;
        String min = null;
        String max = null;
        Integer portMin = null;
        Integer portMax = null;
        List<String> flags = new ArrayList<>(2);
        int at = from;
        while (at < to) {
            int comma = Chars.nextComma(text, at, to);
            if (comma < 0) {
                return null;
            }
            String part = text.substring(at, comma).trim();
            if (part.startsWith("src") || part.startsWith("dst")) {
                if (kind != Nat.Kind.NONE) {
                    return null;
                }
                kind = part.startsWith("src") ? Nat.Kind.SRC : Nat.Kind.DST;
                if (part.length() > 3) {
                    if (part.charAt(3) != '=') {
                        return null;
                    }
                    Range range = range(part.substring(4));
                    if (range == null) {
                        return null;
                    }
                    min = range.min();
                    max = range.max();
                    portMin = range.portMin();
                    portMax = range.portMax();
                }
            } else if (part.equals("persistent") || part.equals("hash") || part.equals("random")) {
                flags.add(part);
            } else {
                return null;
            }
            at = comma + 1;
        }
        return new Nat(kind, min, max, portMin, portMax, flags);
    }

    private record Range(String min, String max, Integer portMin, Integer portMax) {
    }

    /** The parts of "A[-B][:P[-Q]]", IPv6 addresses in brackets. */
    private static Range range(String spec) {
        String min;
        String max = null;
        String rest;
        if (spec.startsWith("[")) {
            int close = spec.indexOf(']');
            if (close < 0) {
                return null;
            }
            min = spec.substring(1, close);
            rest = spec.substring(close + 1);
            if (rest.startsWith("-[")) {
                int close2 = rest.indexOf(']');
                if (close2 < 0) {
                    return null;
                }
                max = rest.substring(2, close2);
                rest = rest.substring(close2 + 1);
            }
        } else if (spec.indexOf(':') != spec.lastIndexOf(':')) {
            min = spec;
            rest = "";
        } else {
            int colon = spec.indexOf(':');
            String addresses = colon < 0 ? spec : spec.substring(0, colon);
            rest = colon < 0 ? "" : spec.substring(colon);
            int dash = addresses.indexOf('-');
            min = dash < 0 ? addresses : addresses.substring(0, dash);
            max = dash < 0 ? null : addresses.substring(dash + 1);
        }
        if (min.isEmpty() || (max != null && max.isEmpty())) {
            return null;
        }
        Integer portMin = null;
        Integer portMax = null;
        if (!rest.isEmpty()) {
            if (rest.charAt(0) != ':') {
                return null;
            }
            String ports = rest.substring(1);
            int dash = ports.indexOf('-');
            int low = Chars.smallNumber(ports, 0, dash < 0 ? ports.length() : dash);
            int high = dash < 0 ? -2 : Chars.smallNumber(ports, dash + 1, ports.length());
            if (low < 0 || high == -1 || low > 65535 || high > 65535) {
                return null;
            }
            portMin = low;
            portMax = dash < 0 ? null : high;
        }
        return new Range(min, max, portMin, portMax);
    }
}
