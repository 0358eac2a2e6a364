package io.ovnscope.collectors.parse.openflow;

/** Number and range helpers over regions of a text, so scanners need no substrings to read numbers. */
final class Chars {
    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    private Chars() {
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** Decimal, or hex with 0x; at most 64 bits read as unsigned. {@link #NOT_A_NUMBER} when it is not. */
    static long number(CharSequence text, int from, int to) {
        if (from >= to) {
            return NOT_A_NUMBER;
        }
        if (to - from > 2 && text.charAt(from) == '0'
                && (text.charAt(from + 1) == 'x' || text.charAt(from + 1) == 'X')) {
            return hex(text, from + 2, to);
        }
        if (to - from > 19) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static long hex(CharSequence text, int from, int to) {
        if (from >= to || to - from > 16) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return NOT_A_NUMBER;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    /** A non-negative int, or -1. */
    static int smallNumber(CharSequence text, int from, int to) {
        long value = number(text, from, to);
        return value < 0 || value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /** "123.456" or "123" as seconds, or NaN. */
    static double seconds(CharSequence text, int from, int to) {
        long whole = 0;
        int i = from;
        if (i >= to) {
            return Double.NaN;
        }
        for (; i < to && text.charAt(i) != '.'; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || i - from > 15) {
                return Double.NaN;
            }
            whole = whole * 10 + (c - '0');
        }
        if (i == from) {
            return Double.NaN;
        }
        if (i == to) {
            return whole;
        }
        long fraction = 0;
        long scale = 1;
        for (i++; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || scale > 1_000_000_000_000L) {
                return Double.NaN;
            }
            fraction = fraction * 10 + (c - '0');
            scale *= 10;
        }
        return whole + (double) fraction / scale;
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1; quotes are skipped. */
    static int closing(CharSequence text, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = quoteEnd(text, i, to);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote closing the one at {@code open}, or -1. */
    static int quoteEnd(CharSequence text, int open, int to) {
        for (int i = open + 1; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** The next comma at depth zero from {@code from}, or {@code to}; -1 when a bracket or quote never closes. */
    static int nextComma(CharSequence text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> {
                    i = quoteEnd(text, i, to);
                    if (i < 0) {
                        return -1;
                    }
                }
                case '(', '[' -> depth++;
                case ')', ']' -> {
                    if (--depth < 0) {
                        return -1;
                    }
                }
                case ',' -> {
                    if (depth == 0) {
                        return i;
                    }
                }
                default -> {
                }
            }
        }
        return depth == 0 ? to : -1;
    }

    static int indexOf(CharSequence text, String what, int from, int to) {
        int last = to - what.length();
        outer:
        for (int i = from; i <= last; i++) {
            for (int j = 0; j < what.length(); j++) {
                if (text.charAt(i + j) != what.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean startsWith(CharSequence text, int from, int to, String prefix) {
        if (to - from < prefix.length()) {
            return false;
        }
        for (int j = 0; j < prefix.length(); j++) {
            if (text.charAt(from + j) != prefix.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The first index from {@code from} that is not a blank, or {@code to}. */
    static int skipBlanks(String text, int from, int to) {
        while (from < to && Chars.isBlank(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** The end of {@code text[from, to)} without its trailing blanks. */
    static int trimEnd(String text, int from, int to) {
        while (to > from && Chars.isBlank(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
