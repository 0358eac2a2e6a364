package io.ovnscope.core.browse.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a filter text into tokens by hand (no regular expressions, so no input can make it slow). */
final class FilterScanner {
    private FilterScanner() {
    }

    /** The tokens of the text, always ending with one END token. */
    static List<FilterToken> scan(String text) {
        List<FilterToken> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                tokens.add(new FilterToken(FilterToken.Kind.END, "", n, n));
                return tokens;
            }
            FilterToken token = next(text, i);
            tokens.add(token);
            if (token.is(FilterToken.Kind.UNTERMINATED)) {
                tokens.add(new FilterToken(FilterToken.Kind.END, "", n, n));
                return tokens;
            }
            i = token.end();
        }
    }

    private static FilterToken next(String text, int at) {
        char c = text.charAt(at);
        char after = at + 1 < text.length() ? text.charAt(at + 1) : '\0';
        switch (c) {
            case '(':
                return new FilterToken(FilterToken.Kind.OPEN, "(", at, at + 1);
            case ')':
                return new FilterToken(FilterToken.Kind.CLOSE, ")", at, at + 1);
            case '"':
                return quoted(text, at);
            case '&':
                return symbol(FilterToken.Kind.AND, text, at, after == '&' ? 2 : 1);
            case '|':
                return symbol(FilterToken.Kind.OR, text, at, after == '|' ? 2 : 1);
            case '!':
                return after == '='
                        ? symbol(FilterToken.Kind.COMPARISON, text, at, 2)
                        : symbol(FilterToken.Kind.NOT, text, at, 1);
            case '~':
                return symbol(after == '=' ? FilterToken.Kind.COMPARISON : FilterToken.Kind.WORD, text, at,
                        after == '=' ? 2 : 1);
            case '<':
            case '>':
                return symbol(FilterToken.Kind.COMPARISON, text, at, after == '=' ? 2 : 1);
            case '=':
                return symbol(FilterToken.Kind.COMPARISON, text, at, after == '=' ? 2 : 1);
            default:
                return word(text, at);
        }
    }

    private static FilterToken symbol(FilterToken.Kind kind, String text, int at, int length) {
        return new FilterToken(kind, text.substring(at, at + length), at, at + length);
    }

    private static FilterToken quoted(String text, int at) {
        StringBuilder value = new StringBuilder();
        int i = at + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                value.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '"') {
                return new FilterToken(FilterToken.Kind.STRING, value.toString(), at, i + 1);
            } else {
                value.append(c);
                i++;
            }
        }
        return new FilterToken(FilterToken.Kind.UNTERMINATED, value.toString(), at, text.length());
    }

    private static FilterToken word(String text, int at) {
        int i = at;
        while (i < text.length() && !ends(text.charAt(i))) {
            i++;
        }
        String word = text.substring(at, i);
        FilterToken.Kind kind = switch (word.toLowerCase(Locale.ROOT)) {
            case "and" -> FilterToken.Kind.AND;
            case "or" -> FilterToken.Kind.OR;
            case "not" -> FilterToken.Kind.NOT;
            default -> FilterToken.Kind.WORD;
        };
        return new FilterToken(kind, word, at, i);
    }

    private static boolean ends(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == '=' || c == '!'
                || c == '<' || c == '>' || c == '&' || c == '|' || c == '~';
    }
}
