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

    /** Breaks after '_', '/', '+' or '-' nearest before the limit, else hard at the limit. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > WRAP_AT) {
            int cut = -1;
            for (int i = WRAP_AT; i > WRAP_AT / 2; i--) {
                if ("_/+-".indexOf(rest.charAt(i - 1)) >= 0) {
                    cut = i;
                    break;
                }
            }
            cut = cut < 0 ? WRAP_AT : cut;
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        lines.add(rest);
        return lines;
    }
}
