package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.parse.Problem;

/** The problem for a line a parser does not own: why it was pasted there if known, else the parser's reason. */
final class UnownedLine {
    private UnownedLine() {
    }

    static Problem problem(TextLines.Line line, String reason) {
        String text = line.text();
        if (text.startsWith("ovn-nbctl: ") || text.startsWith("ovn-sbctl: ")) {
            return new Problem(line.number(), text, "an error message from " + text.substring(0, 9)
                    + " instead of its output: " + text.substring(11));
        }
        return new Problem(line.number(), text, PastedLine.explain(text).orElse(reason));
    }

    /** True when PastedLine recognises the line as something added to a paste (prompt, comment, elision...). */
    static boolean pasted(String text) {
        return PastedLine.explain(text).isPresent();
    }
}
