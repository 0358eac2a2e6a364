package io.ovnscope.views.flows;

/**
 * Which rows of a long listing are on screen: from {@code first}, as many as fit ({@code rows}), out of
 * {@code total}. Always clamped so the screen is as full as the listing allows: the last page ends at the
 * listing's last row rather than leaving blank rows below it.
 */
record RowWindow(int first, int rows, int total) {
    RowWindow {
        rows = Math.max(0, rows);
        total = Math.max(0, total);
        first = Math.max(0, Math.min(first, Math.max(0, total - rows)));
    }

    /** The largest {@code first}: the window whose last row is the listing's last. */
    int maxFirst() {
        return Math.max(0, total - rows);
    }

    /** One past the last row shown. */
    int end() {
        return Math.min(total, first + rows);
    }

    boolean shows(int position) {
        return position >= first && position < end();
    }

    RowWindow from(int newFirst) {
        return new RowWindow(newFirst, rows, total);
    }

    RowWindow scrolledBy(int delta) {
        // Sums near Integer.MAX_VALUE would wrap; a listing never holds that many rows, but a wheel may ask.
        return from((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, (long) first + delta)));
    }

    /**
     * The nearest window that shows {@code position}: unmoved when it already does, or when it has no room
     * yet (a table not laid out), so that a jump made before the first layout keeps its place.
     */
    RowWindow revealing(int position) {
        if (rows == 0) {
            return this;
        }
        if (position < first) {
            return from(position);
        }
        if (position >= first + rows) {
            return from(position - rows + 1);
        }
        return this;
    }

    RowWindow resized(int newRows) {
        return new RowWindow(first, newRows, total);
    }
}
