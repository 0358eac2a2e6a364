package io.ovnscope.core.model.openflow;

/**
 * One part of a flow's match, in the order the dump printed it.
 *
 * @param name  the field (interned), for example {@code ip}, {@code in_port}, {@code reg0}, {@code ct_state}
 * @param value the value as written, or null for a protocol shorthand such as {@code ip} or {@code tcp6};
 *              port names keep their quotes, so the value prints back as it was
 * @param mask  what followed the slash ({@code 0xffff}, {@code 16} for a CIDR), or null when unmasked
 */
public record MatchField(String name, String value, String mask) {

    public static MatchField shorthand(String name) {
        return new MatchField(name, null, null);
    }

    public boolean isShorthand() {
        return value == null;
    }

    /** The port this field names, when it is {@code in_port}. */
    public PortRef port() {
        return PortRef.parse(value == null ? "" : value);
    }

    public String text() {
        if (value == null) {
            return name;
        }
        return mask == null ? name + "=" + value : name + "=" + value + "/" + mask;
    }
}
