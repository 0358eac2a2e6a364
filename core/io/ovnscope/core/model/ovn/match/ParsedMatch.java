package io.ovnscope.core.model.ovn.match;

/** The result of reading a match: an expression, or a message saying where and why it is not one. */
public sealed interface ParsedMatch {
    String text();

    record Valid(String text, MatchExpression expression) implements ParsedMatch {
    }

    /** @param column 1-based column in {@link #text()} where the problem is */
    record Invalid(String text, int column, String message) implements ParsedMatch {
    }
}
