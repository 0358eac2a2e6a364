package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.parse.Problem;

/** The problem for a line a parser does not own: why it was pasted there if known, else the parser's reason. */
final class UnownedLine {
    private UnownedLine() {
    }

    static Problem problem(TextLines.Line line, String reason) {
        return new Problem(line.number(), line.text(), PastedLine.explain(line.text()).orElse(reason));
    }

    /** True when PastedLine recognises the line as something added to a paste (prompt, comment, elision...). */
    static boolean pasted(String text) {
        return PastedLine.explain(text).isPresent();
    }
}
