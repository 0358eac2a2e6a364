package io.ovnscope.views.raw;

import java.util.Arrays;

/** Where each line of a text starts, so a big output is shown line by line without splitting it up front. */
final class LineIndex {
    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        int[] found = new int[1024];
        int count = 0;
        found[count++] = 0;
        for (int at = text.indexOf('\n'); at >= 0 && at + 1 < text.length(); at = text.indexOf('\n', at + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at + 1;
        }
        starts = text.isEmpty() ? new int[0] : Arrays.copyOf(found, count);
    }

    int size() {
        return starts.length;
    }

    /** Line {@code index} (0-based) without its line end (CR LF or LF). */
    String line(int index) {
        int from = starts[index];
        int to = index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
        if (to > from && text.charAt(to - 1) == '\n') {
            to--;
        }
        if (to > from && text.charAt(to - 1) == '\r') {
            to--;
        }
        return text.substring(from, to);
    }
}
