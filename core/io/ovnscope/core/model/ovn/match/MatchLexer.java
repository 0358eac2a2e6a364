package io.ovnscope.core.model.ovn.match;

import java.util.ArrayList;
import java.util.List;

/** Splits a match into tokens by hand (no regular expressions, so no backtracking on hostile input). */
final class MatchLexer {
    private final String text;
    private int at;

    private MatchLexer(String text) {
        this.text = text;
    }

    /** The tokens, ending with END; throws {@link MatchSyntaxException} on a character OVN would refuse. */
    static List<MatchToken> tokens(String text) {
        return new MatchLexer(text).run();
    }

    private List<MatchToken> run() {
        List<MatchToken> tokens = new ArrayList<>();
        while (true) {
            skipBlanksAndComments();
            if (at >= text.length()) {
                tokens.add(new MatchToken(MatchToken.Kind.END, "", at + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipBlanksAndComments() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                if (end < 0) {
                    throw new MatchSyntaxException(at + 1, "a comment '/*' is never closed with '*/'");
                }
                at = end + 2;
            } else {
                return;
            }
        }
    }

    private MatchToken next() {
        int start = at;
        char c = text.charAt(at);
        switch (c) {
            case '(' -> {
                return single(MatchToken.Kind.LPAREN);
            }
            case ')' -> {
                return single(MatchToken.Kind.RPAREN);
            }
            case '{' -> {
                return single(MatchToken.Kind.LBRACE);
            }
            case '}' -> {
                return single(MatchToken.Kind.RBRACE);
            }
            case ',' -> {
                return single(MatchToken.Kind.COMMA);
            }
            case '"' -> {
                return string();
            }
            case '$', '@' -> {
                at++;
                int nameStart = at;
                while (at < text.length() && isWordChar(text.charAt(at))) {
                    at++;
                }
                if (at == nameStart) {
                    throw new MatchSyntaxException(start + 1, "'" + c + "' must be followed by a set name");
                }
                return new MatchToken(MatchToken.Kind.SET, text.substring(start, at), start + 1);
            }
            default -> {
                return operatorOrWord(start, c);
            }
        }
    }

    private MatchToken operatorOrWord(int start, char c) {
        if (text.startsWith("&&", at)) {
            at += 2;
            return new MatchToken(MatchToken.Kind.AND, "&&", start + 1);
        }
        if (text.startsWith("||", at)) {
            at += 2;
            return new MatchToken(MatchToken.Kind.OR, "||", start + 1);
        }
        for (String relation : new String[] {"==", "!=", "<=", ">=", "<", ">"}) {
            if (text.startsWith(relation, at)) {
                at += relation.length();
                return new MatchToken(MatchToken.Kind.RELATION, relation, start + 1);
            }
        }
        if (c == '!') {
            return single(MatchToken.Kind.NOT);
        }
        if (isWordChar(c)) {
            while (at < text.length() && isWordChar(text.charAt(at))) {
                at++;
            }
            if (at < text.length() && text.charAt(at) == '[') {
                int close = text.indexOf(']', at);
                if (close < 0) {
                    throw new MatchSyntaxException(at + 1, "a subfield '[' is never closed with ']'");
                }
                at = close + 1;
            }
            return new MatchToken(MatchToken.Kind.WORD, text.substring(start, at), start + 1);
        }
        throw new MatchSyntaxException(start + 1, "unexpected character '" + c + "'");
    }

    private MatchToken single(MatchToken.Kind kind) {
        at++;
        return new MatchToken(kind, text.substring(at - 1, at), at);
    }

    private MatchToken string() {
        int start = at;
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return new MatchToken(MatchToken.Kind.STRING, value.toString(), start + 1);
            }
            if (c == '\\' && at < text.length()) {
                c = text.charAt(at++);
            }
            value.append(c);
        }
        throw new MatchSyntaxException(start + 1, "a string '\"' is never closed");
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '/');
    }
}
