package io.ovnscope.views.flows;

/**
 * A long text cut to what a column could show before it is set: OVN matches and actions run to hundreds of
 * characters, and measuring them for an ellipsis or a layout costs each refilled row; the whole text stays
 * in the cell's tooltip.
 */
final class ClippedText {
    /** Narrower than any character of the table's font (a 13 px '.' or 'i' is about 3.5 px wide). */
    private static final double NARROWEST_CHARACTER = 3;
    static final String MARK = "…";

    private ClippedText() {
    }

    /** How many characters a width could show at most; unlimited while the width is not known yet. */
    static int fitting(double width) {
        return width <= 0 ? Integer.MAX_VALUE : (int) Math.ceil(width / NARROWEST_CHARACTER);
    }

    /** The text, or its start with {@link #MARK} when it is longer than the width could show. */
    static String cut(String text, double width) {
        int fitting = fitting(width);
        return text.length() <= fitting ? text : text.substring(0, fitting) + MARK;
    }
}
