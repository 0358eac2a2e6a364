package io.ovnscope.collectors.parse.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits an iptables-save rule line into words the way iptables-restore reads it: blanks separate words,
 * double quotes group them, and a backslash inside quotes escapes the next character (iptables-save writes
 * {@code --comment "say \"hi\""}).
 */
final class SavedWords {
    /** The words, and the reason the line could not be split cleanly (an unclosed quote). */
    record Result(List<String> words, Optional<String> problem) {
    }

    private SavedWords() {
    }

    static Result split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                inWord = true;
            } else if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return new Result(words, quoted
                ? Optional.of("a quote opened in this line is never closed: the line may be cut")
                : Optional.empty());
    }
}
