package io.ovnscope.collectors.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw command output into numbered lines. Handles LF, CRLF and lone CR endings, so output pasted
 * from Windows or captured through a terminal reads the same as output read from a pipe.
 */
public final class TextLines {
    private TextLines() {
    }

    /** One line of raw output: its 1-based number and its text without the line ending. */
    public record Line(int number, String text) {
    }

    public static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(number++, text.substring(start, i)));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new Line(number, text.substring(start)));
        }
        return lines;
    }
}
