package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.ovn.PolicyAction;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code ovn-nbctl lr-policy-list ROUTER}:
 * <pre>
 * Routing Policies
 *      1004 inport == "rtos-microshift-dev" &amp;&amp; ip4.dst == 192.168.122.14         reroute                 10.42.0.2
 *     29100                            ip4.src == 10.16.0.0/16         reroute                10.16.0.12, 10.16.0.13
 * </pre>
 * The match is free text (it may hold {@code /* comments *}{@code /} and the word "allow"), so the action is
 * the last action word that only next hops or {@code key=value} options follow.
 */
public final class PolicyListParser implements OutputParser<RouterPolicy> {
    @Override
    public Parsed<RouterPolicy> parse(String text) {
        List<RouterPolicy> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<TextLines.Line> lines = TextLines.of(text);
        for (int i = 0; i < lines.size(); i++) {
            TextLines.Line line = lines.get(i);
            String content = line.text().strip();
            if (content.isEmpty() || content.equals("Routing Policies")) {
                continue;
            }
            Optional<RouterPolicy> policy = policy(line);
            if (policy.isEmpty() && i + 1 < lines.size()) {
                policy = wrapped(line, lines.get(i + 1));
                if (policy.isPresent()) {
                    TextLines.Line next = lines.get(++i);
                    problems.add(new Problem(next.number(), next.text(), "a hand-wrapped continuation of line "
                            + line.number() + ": joined to it"));
                }
            }
            policy.ifPresentOrElse(items::add, () -> problems.add(UnownedLine.problem(line,
                    "not a policy line of lr-policy-list (priority, match, allow/drop/reroute, next hops)")));
        }
        return new Parsed<>(items, problems);
    }

    /**
     * A policy line that someone wrapped by hand: only when the line alone is not a policy, the next line
     * starts with blanks and no priority, and the two joined are one.
     */
    private static Optional<RouterPolicy> wrapped(TextLines.Line line, TextLines.Line next) {
        String continuation = next.text();
        List<Words.Word> words = Words.of(continuation);
        if (words.isEmpty() || !Character.isWhitespace(continuation.charAt(0))
                || NorthboundRows.integer(words.get(0).text()).isPresent() || UnownedLine.pasted(continuation)) {
            return Optional.empty();
        }
        return policy(new TextLines.Line(line.number(), line.text().stripTrailing() + " " + continuation.strip()));
    }

    private static Optional<RouterPolicy> policy(TextLines.Line line) {
        List<Words.Word> words = Words.of(line.text());
        if (words.size() < 3) {
            return Optional.empty();
        }
        Optional<Integer> priority = NorthboundRows.integer(words.get(0).text());
        if (priority.isEmpty()) {
            return Optional.empty();
        }
        for (int i = words.size() - 1; i >= 2; i--) {
            Optional<PolicyAction> action = PolicyAction.parse(words.get(i).text());
            if (action.isEmpty()) {
                continue;
            }
            List<IpAddress> nexthops = new ArrayList<>();
            Map<String, String> options = new LinkedHashMap<>();
            if (!tail(words.subList(i + 1, words.size()), nexthops, options)) {
                return Optional.empty();
            }
            String match = line.text().substring(words.get(1).start(), words.get(i - 1).end());
            return Optional.of(new RouterPolicy("", priority.get(), match, action.get(), nexthops, options, Map.of()));
        }
        return Optional.empty();
    }

    /** Reads what follows the action: next hops ({@code a, b}) and options ({@code k=v}); false if anything else. */
    private static boolean tail(List<Words.Word> words, List<IpAddress> nexthops, Map<String, String> options) {
        for (Words.Word word : words) {
            for (String part : word.text().split(",")) {
                if (part.isEmpty()) {
                    continue;
                }
                int equals = part.indexOf('=');
                if (equals > 0) {
                    options.put(part.substring(0, equals), part.substring(equals + 1));
                    continue;
                }
                Optional<IpAddress> address = IpAddress.parse(part);
                if (address.isEmpty()) {
                    return false;
                }
                nexthops.add(address.get());
            }
        }
        return true;
    }
}
