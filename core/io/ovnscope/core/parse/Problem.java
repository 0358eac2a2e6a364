package io.ovnscope.core.parse;

import java.util.Objects;

/**
 * A line a parser did not understand, or understood only in part. Parsers never drop a line silently:
 * every line is either part of what they return or one of these.
 *
 * @param line   1-based line number in the raw output
 * @param text   the line as it was (without its line ending)
 * @param reason what the parser saw there, in words a user can act on
 */
public record Problem(int line, String text, String reason) {
    public Problem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
