package io.ovnscope.core.browse.find;

import java.util.Locale;

/**
 * Whether a text holds the searched text. Names match anywhere, without case. Addresses and numbers must
 * stand alone: {@code 10.43.0.10} finds {@code 10.43.0.10:53} but not {@code 10.43.0.100}, and {@code 53}
 * does not find {@code 5353}. Searches a region of a big text in place, so a million-line dump is not
 * copied line by line.
 */
final class TextMatch {
    private final String query;
    private final boolean addressLike;
    private final boolean caseless;

    TextMatch(String query) {
        this.query = query.strip().toLowerCase(Locale.ROOT);
        this.addressLike = !this.query.isEmpty() && this.query.chars().allMatch(
                c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':' || c == '/' || c == 'x')
                && this.query.chars().anyMatch(Character::isDigit);
        this.caseless = this.query.chars().anyMatch(Character::isLetter);
    }

    boolean isBlank() {
        return query.isEmpty();
    }

    boolean in(String text) {
        return text != null && find(text, 0, text.length()) >= 0;
    }

    /** Where the query first stands in {@code text[from, to)}, or -1. */
    int find(String text, int from, int to) {
        int last = to - query.length();
        for (int at = next(text, from, last); at >= 0; at = next(text, at + 1, last)) {
            if (!addressLike || alone(text, at, from, to)) {
                return at;
            }
        }
        return -1;
    }

    private int next(String text, int from, int last) {
        if (from > last) {
            return -1;
        }
        if (!caseless) {
            int at = text.indexOf(query, from);
            return at >= 0 && at <= last ? at : -1;
        }
        for (int at = from; at <= last; at++) {
            if (text.regionMatches(true, at, query, 0, query.length())) {
                return at;
            }
        }
        return -1;
    }

    private boolean alone(String text, int at, int from, int to) {
        int end = at + query.length();
        return (at == from || !partOfNumber(text, at - 1, from, to))
                && (end == to || !partOfNumber(text, end, from, to));
    }

    /** A digit or letter continues the number; a dot does too between digits (10.43.0.10 in 10.43.0.100). */
    private static boolean partOfNumber(String text, int index, int from, int to) {
        char c = text.charAt(index);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return c == '.' && index + 1 < to && index > from
                && Character.isDigit(text.charAt(index + 1)) && Character.isDigit(text.charAt(index - 1));
    }
}
