package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a map column printed by {@code ovn-nbctl get TABLE RECORD COLUMN}, e.g. a router's options:
 * {@code {always_learn_from_arp_request="false", lb_force_snat_ip=router_ip}}. One item per map line.
 */
public final class OvsdbMapParser implements OutputParser<Map<String, String>> {
    @Override
    public Parsed<Map<String, String>> parse(String text) {
        List<Map<String, String>> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (TextLines.Line line : TextLines.of(text)) {
            String content = line.text().strip();
            if (content.isEmpty()) {
                continue;
            }
            if (!content.startsWith("{")) {
                problems.add(UnownedLine.problem(line, "not a '{key=value, ...}' map"));
                continue;
            }
            OvsdbTextValue.Result value = OvsdbTextValue.parse(content);
            if (!value.ok() || !(value.value() instanceof OvsdbValue.MapOf map)) {
                problems.add(new Problem(line.number(), line.text(), "a broken or cut map: "
                        + (value.ok() ? "not a map" : value.error())));
                continue;
            }
            items.add(map.map());
        }
        return new Parsed<>(items, problems);
    }
}
