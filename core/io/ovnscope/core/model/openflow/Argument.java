package io.ovnscope.core.model.openflow;

/** One {@code key=value} or bare {@code key} argument of an action such as controller(...) or sample(...). */
public record Argument(String key, String value) {

    public String text() {
        return value == null ? key : key + "=" + value;
    }
}
