package io.ovnscope.core.model.ovn.match;

/** One token of a match: its kind, its text and the 1-based column where it starts. */
record MatchToken(Kind kind, String text, int column) {
    enum Kind {
        LPAREN, RPAREN, LBRACE, RBRACE, COMMA, AND, OR, NOT, RELATION, STRING, WORD, SET, END
    }

    String describe() {
        return kind == Kind.END ? "the end of the match" : "'" + text + "'";
    }
}
