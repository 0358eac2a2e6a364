package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads {@code ovs-vsctl list-br}: one bridge name a line. */
public final class BridgeListParser implements OutputParser<String> {
    // OVS takes any name an interface can have: up to 15 bytes, no white space or slash.
    private static final Pattern BRIDGE_NAME = Pattern.compile("[^\\s/]{1,15}");

    @Override
    public Parsed<String> parse(String text) {
        List<String> bridges = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (TextLines.Line line : TextLines.of(text == null ? "" : text)) {
            String name = line.text().strip();
            if (name.isEmpty()) {
                continue;
            }
            var pasted = PastedLine.explain(line.text());
            if (pasted.isPresent()) {
                problems.add(new Problem(line.number(), line.text(), pasted.get()));
            } else if (BRIDGE_NAME.matcher(name).matches()) {
                bridges.add(name);
            } else {
                problems.add(new Problem(line.number(), line.text(),
                        "not a bridge name (ovs-vsctl list-br prints one name a line, at most 15 characters)"));
            }
        }
        return new Parsed<>(bridges, problems);
    }
}
