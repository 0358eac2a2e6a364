package io.ovnscope.core.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines written inside an element's box: its name (wrapped at separators when long), then its addresses,
 * at most a few, with a last line saying how many more the details sheet holds.
 */
public final class LabelLines {
    /** The longest line before a name is wrapped. */
    public static final int WRAP_AT = 34;
    /** The most address lines a box shows. */
    public static final int MAX_ADDRESSES = 4;

    private LabelLines() {
    }

    public static List<String> of(TopologyElement element) {
        List<String> lines = new ArrayList<>(wrap(element.name()));
        List<String> addresses = element.addresses();
        int shown = addresses.size() <= MAX_ADDRESSES ? addresses.size() : MAX_ADDRESSES - 1;
        for (int i = 0; i < shown; i++) {
            lines.addAll(wrap(addresses.get(i)));
        }
        if (shown < addresses.size()) {
            lines.add("+" + (addresses.size() - shown) + " more");
        }
        return lines;
    }

    /**
     * Breaks a long text into lines of about equal length, each after a '_', '/', '+' or '-' near the even
     * share, or hard at {@link #WRAP_AT} when there is none.
     */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > WRAP_AT) {
            int count = (rest.length() + WRAP_AT - 1) / WRAP_AT;
            int share = (rest.length() + count - 1) / count;
            int cut = -1;
            for (int i = share; i <= WRAP_AT && cut < 0; i++) {
                cut = "_/+-".indexOf(rest.charAt(i - 1)) >= 0 ? i : -1;
            }
            for (int i = share - 1; i > share / 2 && cut < 0; i--) {
                cut = "_/+-".indexOf(rest.charAt(i - 1)) >= 0 ? i : -1;
            }
            cut = cut < 0 ? WRAP_AT : cut;
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        lines.add(rest);
        return lines;
    }
}
