package io.ovnscope.collectors.parse.host;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.host.IpRule;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code ip rule} / {@code ip -6 rule} output into policy routing rules. */
public final class IpRuleParser implements OutputParser<IpRule> {
    private static final Set<String> TERMINAL = Set.of("blackhole", "unreachable", "prohibit", "nop");
    /** Selectors and options printed with one value, kept as text. */
    private static final Set<String> VALUED = Set.of("tos", "dsfield", "ipproto", "sport", "dport", "uidrange",
            "suppress_prefixlength", "suppress_ifgroup", "proto", "realms", "l3mdev", "tun_id", "nat");

    @Override
    public Parsed<IpRule> parse(String text) {
        List<IpRule> rules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (TextLines.Line line : TextLines.of(text == null ? "" : text)) {
            String raw = line.text();
            if (raw.isBlank()) {
                continue;
            }
            Optional<String> pasted = PastedLine.explain(raw);
            if (pasted.isPresent()) {
                problems.add(new Problem(line.number(), raw, pasted.get()));
                continue;
            }
            List<String> reasons = new ArrayList<>();
            Optional<IpRule> rule = rule(line.number(), raw.strip().split("\\s+"), reasons);
            rule.ifPresent(rules::add);
            reasons.forEach(reason -> problems.add(new Problem(line.number(), raw, reason)));
        }
        return new Parsed<>(rules, problems);
    }

    private static Optional<IpRule> rule(int number, String[] words, List<String> reasons) {
        String head = words[0];
        if (!head.endsWith(":") || head.length() < 2 || head.length() > 11
                || !head.substring(0, head.length() - 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            reasons.add("not an ip rule line: it should start with 'PRIORITY:'");
            return Optional.empty();
        }
        long priority = Long.parseLong(head.substring(0, head.length() - 1));
        if (priority > Integer.MAX_VALUE) {
            reasons.add("the priority " + priority + " is out of range");
            return Optional.empty();
        }
        boolean negated = false;
        String from = "";
        Optional<String> to = Optional.empty();
        Optional<String> iif = Optional.empty();
        Optional<String> oif = Optional.empty();
        Optional<String> fwmark = Optional.empty();
        String action = "";
        Optional<String> table = Optional.empty();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
            String key = words[i];
            if (key.equals("not")) {
                negated = true;
                continue;
            }
            if (TERMINAL.contains(key)) {
                action = key;
                continue;
            }
            if (key.equals("[detached]") || key.equals("[unresolved]")) {
                attributes.put(key, "");
                continue;
            }
            if (i + 1 >= words.length) {
                unknown.add(key);
                break;
            }
            String value = words[++i];
            switch (key) {
                case "from" -> from = value;
                case "to" -> to = Optional.of(value);
                case "iif" -> iif = Optional.of(value);
                case "oif" -> oif = Optional.of(value);
                case "fwmark" -> fwmark = Optional.of(value);
                case "lookup", "table", "goto" -> {
                    action = key.equals("goto") ? "goto" : "lookup";
                    table = Optional.of(value);
                }
                default -> {
                    if (VALUED.contains(key)) {
                        attributes.put(key, value);
                    } else {
                        unknown.add(key + " " + value);
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            reasons.add("'" + String.join(" ", unknown) + "' is not understood in an ip rule; left out");
        }
        if (from.isEmpty() || action.isEmpty()) {
            reasons.add("an ip rule needs 'from' and an action (lookup, goto, blackhole, ...)");
            return Optional.empty();
        }
        return Optional.of(new IpRule(number, (int) priority, negated, from, to, iif, oif, fwmark, action, table,
                attributes));
    }
}
