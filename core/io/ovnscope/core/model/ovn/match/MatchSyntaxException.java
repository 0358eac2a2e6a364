package io.ovnscope.core.model.ovn.match;

/** Thrown inside the match parser only; {@link OvnMatch#parse(String)} turns it into {@link ParsedMatch.Invalid}. */
final class MatchSyntaxException extends RuntimeException {
    private final int column;

    MatchSyntaxException(int column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    int column() {
        return column;
    }
}
