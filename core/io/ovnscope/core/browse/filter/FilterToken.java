package io.ovnscope.core.browse.filter;

/**
 * One token of a filter text.
 *
 * @param text  the token as typed (a quoted string without its quotes)
 * @param start 0-based index of its first character
 * @param end   0-based index just after it
 */
record FilterToken(Kind kind, String text, int start, int end) {

    enum Kind {
        /** A name or an unquoted value: anything up to a space, a parenthesis, a quote or an operator. */
        WORD,
        /** A value in double quotes. */
        STRING,
        /** =, !=, ~=, <, <=, >, >=. */
        COMPARISON,
        /** and, &&, &. */
        AND,
        /** or, ||, |. */
        OR,
        /** not, !. */
        NOT,
        OPEN,
        CLOSE,
        /** A quote that is never closed. */
        UNTERMINATED,
        END
    }

    boolean is(Kind other) {
        return kind == other;
    }

    /** How an error message names this token. */
    String described() {
        return switch (kind) {
            case END -> "end of filter";
            case STRING, UNTERMINATED -> '"' + text + '"';
            default -> "'" + text + "'";
        };
    }
}
