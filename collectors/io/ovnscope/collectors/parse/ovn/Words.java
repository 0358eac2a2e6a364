package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.Uuids;

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

}
