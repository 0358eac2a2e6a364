package io.ovnscope.collectors.parse.host;

import java.util.ArrayList;
import java.util.List;

/** Blank-separated words of a listing line, each with where it ends, so the free text after a column keeps its spacing. */
final class ListingWords {
    /** One word and the index just past it in the line. */
    record Word(String text, int end) {
    }

    private ListingWords() {
    }

    static List<Word> of(String line) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(new Word(line.substring(start, i), i));
            }
        }
        return words;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
