package io.ovnscope.collectors.parse.ovn;

import java.util.ArrayList;
import java.util.List;

/** Splits padded column output into words with their positions, by hand. */
final class Words {
    /** One blank-separated word and the index where it starts in its line. */
    record Word(String text, int start) {
        int end() {
            return start + text.length();
        }
    }

    private Words() {
    }

    static List<Word> of(String line) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Word(line.substring(start, i), start));
            }
        }
        return words;
    }

    /** True for the 36-character form OVSDB prints ({@code 76c672b3-c4c5-4a94-b6e4-5b6e1e6c38ea}). */
    static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
