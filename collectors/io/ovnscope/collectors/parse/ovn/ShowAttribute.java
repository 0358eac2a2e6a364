package io.ovnscope.collectors.parse.ovn;

import java.util.Optional;

/**
 * An indented {@code key: value} line of {@code ovn-nbctl show} / {@code ovn-sbctl show}; keys may hold
 * blanks ({@code external ip}, {@code gateway chassis}).
 */
record ShowAttribute(String key, OvsdbValue value) {
    static Optional<ShowAttribute> of(String line) {
        String content = line.strip();
        int colon = content.indexOf(": ");
        if (colon <= 0 && !content.endsWith(":")) {
            return Optional.empty();
        }
        int end = colon > 0 ? colon : content.length() - 1;
        String key = content.substring(0, end);
        if (!key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_')) {
            return Optional.empty();
        }
        OvsdbTextValue.Result value = OvsdbTextValue.parse(content.substring(end + 1));
        return value.ok() ? Optional.of(new ShowAttribute(key, value.value())) : Optional.empty();
    }

    String text() {
        return value.single().orElse("");
    }
}
