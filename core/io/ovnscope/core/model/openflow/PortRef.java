package io.ovnscope.core.model.openflow;

/**
 * An OpenFlow port as a flow names it: a number, a reserved port (LOCAL, NORMAL, IN_PORT...) or, in dumps
 * made with {@code --names}, a port name.
 */
public sealed interface PortRef {

    /** The port as {@code ovs-ofctl add-flow} accepts it (names quoted). */
    String text();

    record Numbered(long number) implements PortRef {
        @Override
        public String text() {
            return Long.toString(number);
        }
    }

    /** A reserved OpenFlow port, upper case: LOCAL, NORMAL, FLOOD, ALL, IN_PORT, CONTROLLER, TABLE, ANY, NONE. */
    record Reserved(String name) implements PortRef {
        @Override
        public String text() {
            return name;
        }
    }

    /** A port name; ovs-ofctl --names cuts names to 15 characters, so it may be a prefix of the real one. */
    record Named(String name) implements PortRef {
        @Override
        public String text() {
            return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }

    /** Reads a port as dumps print it: "12", "LOCAL", "local", "\"pf0vf1_r\"", or a bare name like p0. */
    static PortRef parse(String text) {
        if (text.length() >= 2 && text.charAt(0) == '"' && text.charAt(text.length() - 1) == '"') {
            return new Named(text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        String reserved = ReservedPorts.canonical(text);
        if (reserved != null) {
            return new Reserved(reserved);
        }
        long number = parseNumber(text);
        return number >= 0 ? new Numbered(number) : new Named(text);
    }

    private static long parseNumber(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return -1;
        }
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
