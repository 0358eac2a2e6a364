package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code ovn-nbctl ls-lb-list SWITCH} and {@code lr-lb-list ROUTER} (also {@code lb-list}):
 * <pre>
 * UUID                                    LB                  PROTO      VIP                     IPs
 * 56be352f-a22a-4834-9c7d-9daa29502135    Service_openshif    tcp        10.43.0.10:53           10.42.0.7:5353
 *                                                             tcp        10.43.0.10:9154         10.42.0.7:9154
 * </pre>
 * Column widths follow the longest VIP, so words are read, not columns. A line starting with blanks continues
 * the load balancer above. Names are cut to 16 characters: {@link LoadBalancer#nameCut()} says when a name may
 * be cut; the full name and options are in {@code list Load_Balancer}.
 */
public final class LoadBalancerListParser implements OutputParser<LoadBalancer> {
    static final int NAME_WIDTH = 16;
    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

    @Override
    public Parsed<LoadBalancer> parse(String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Draft current = null;
        for (TextLines.Line line : TextLines.of(text)) {
            String content = line.text();
            if (content.isBlank()) {
                continue;
            }
            List<Words.Word> words = Words.of(content);
            if (words.get(0).text().equals("UUID") && words.size() >= 4 && words.get(1).text().equals("LB")) {
                current = null;
                continue;
            }
            boolean continuation = Character.isWhitespace(content.charAt(0));
            if (!continuation && Words.isUuid(words.get(0).text())) {
                current = row(line, words, drafts, problems);
            } else if (continuation && current != null && PROTOCOLS.contains(words.get(0).text())) {
                vip(line, current, words, 0, problems);
            } else {
                problems.add(UnownedLine.problem(line, continuation
                        ? "a VIP line with no load balancer line above it (cut or filtered output?)"
                        : "not a load balancer line of ls-lb-list/lr-lb-list"));
            }
        }
        List<LoadBalancer> items = drafts.values().stream().map(Draft::build).toList();
        return new Parsed<>(items, problems);
    }

    private static Draft row(TextLines.Line line, List<Words.Word> words, Map<String, Draft> drafts,
                             List<Problem> problems) {
        String uuid = words.get(0).text();
        int protocolAt = -1;
        for (int i = 1; i < words.size() && i <= 2; i++) {
            if (PROTOCOLS.contains(words.get(i).text()) && i + 1 < words.size()) {
                protocolAt = i;
            }
        }
        if (protocolAt < 0) {
            problems.add(new Problem(line.number(), line.text(),
                    "a load balancer line without protocol and VIP: cannot read it"));
            return null;
        }
        String name = protocolAt == 2 ? words.get(1).text() : "";
        String protocol = words.get(protocolAt).text();
        Draft draft = drafts.computeIfAbsent(uuid, u -> new Draft(u, name, protocol));
        vip(line, draft, words, protocolAt, problems);
        return draft;
    }

    private static void vip(TextLines.Line line, Draft draft, List<Words.Word> words, int protocolAt,
                            List<Problem> problems) {
        if (words.size() < protocolAt + 2 || words.size() > protocolAt + 3) {
            problems.add(new Problem(line.number(), line.text(), "expected protocol, VIP and backends"));
            return;
        }
        String backends = words.size() == protocolAt + 3 ? words.get(protocolAt + 2).text() : "";
        Optional<LoadBalancerVip> vip = NorthboundRows.vip(words.get(protocolAt + 1).text(), backends);
        if (vip.isEmpty()) {
            problems.add(new Problem(line.number(), line.text(), "cannot read VIP '" + words.get(protocolAt + 1).text()
                    + "' or backends '" + backends + "'"));
            return;
        }
        if (!words.get(protocolAt).text().equals(draft.protocol)) {
            problems.add(new Problem(line.number(), line.text(), "protocol " + words.get(protocolAt).text()
                    + " differs from the load balancer's " + draft.protocol + ": VIP kept under the load balancer"));
        }
        draft.vips.add(vip.get());
    }

    /** A load balancer being read: its VIPs arrive on several lines. */
    private static final class Draft {
        private final String uuid;
        private final String name;
        private final String protocol;
        private final List<LoadBalancerVip> vips = new ArrayList<>();

        Draft(String uuid, String name, String protocol) {
            this.uuid = uuid;
            this.name = name;
            this.protocol = protocol;
        }

        LoadBalancer build() {
            return new LoadBalancer(uuid, name, name.length() >= NAME_WIDTH, protocol, vips, Map.of(), Map.of(),
                    List.of(), List.of(), Map.of());
        }
    }
}
