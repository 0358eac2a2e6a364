package io.ovnscope.core.browse.filter;

/**
 * Why a filter text was refused, pointing at the part to fix: what was expected there and what was found.
 *
 * @param start    0-based index of the first character at fault (the text's length at its end)
 * @param end      0-based index just after the part at fault ({@code start} when it is the end of the text)
 * @param expected what the filter needed there, in words
 * @param found    what it had instead, as typed, or {@code end of filter}
 */
public record FilterError(int start, int end, String expected, String found) {

    /** One line for the user: {@code column 9: expected a value after '=', found end of filter}. */
    public String message() {
        return "column " + (start + 1) + ": expected " + expected + ", found " + found;
    }
}
