package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.Uuids;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.net.IpEndpoint;
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
 * 5ee41abe-0138-42a5-b2d4-0a9d7cff3197    lab-lb-noport                  10.0.0.100          10.0.0.5,10.0.0.6
 * </pre>
 * The VIP column is as wide as the longest VIP and PROTO is blank for a VIP without a port (even when the
 * row's protocol is tcp: the protocol is then "" here), so a row's words are placed
 * in the columns the header line starts; without a header (or when a paste broke the alignment) they are
 * told apart by what they are. A line
 * starting with blanks continues the load balancer above. Names are cut to 16 characters:
 * {@link LoadBalancer#nameCut()} says when a name may be cut; the full name is in {@code list Load_Balancer}.
 */
public final class LoadBalancerListParser implements OutputParser<LoadBalancer> {
    static final int NAME_WIDTH = 16;
    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");
    private static final List<String> HEADINGS = List.of("UUID", "LB", "PROTO", "VIP", "IPs");

    /** One load balancer line split into its columns; blank columns are "". */
    private record Columns(String uuid, String name, String protocol, String vip, String backends) {
    }

    @Override
    public Parsed<LoadBalancer> parse(String text) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Draft current = null;
        int[] starts = null;
        for (TextLines.Line line : TextLines.of(text)) {
            String content = line.text();
            if (content.isBlank()) {
                continue;
            }
            List<Words.Word> words = Words.of(content);
            if (words.stream().map(Words.Word::text).toList().equals(HEADINGS)) {
                starts = words.stream().mapToInt(Words.Word::start).toArray();
                current = null;
                continue;
            }
            boolean continuation = Character.isWhitespace(content.charAt(0));
            if (!continuation && !Uuids.isUuid(words.get(0).text()) || continuation && current == null) {
                problems.add(UnownedLine.problem(line, continuation
                        ? "a VIP line with no load balancer line above it (cut or filtered output?)"
                        : "not a load balancer line of ls-lb-list/lr-lb-list"));
                current = null;
                continue;
            }
            Optional<Columns> columns = (starts == null ? Optional.<Columns>empty() : byPosition(words, starts))
                    .or(() -> byKind(words, continuation));
            if (columns.isEmpty()) {
                problems.add(new Problem(line.number(), content,
                        "cannot tell the load balancer's columns (UUID, name, protocol, VIP, backends) apart"));
                continue;
            }
            Columns row = columns.get();
            if (!continuation) {
                current = drafts.computeIfAbsent(row.uuid, u -> new Draft(u, row.name, row.protocol));
            }
            vip(line, current, row, problems);
        }
        List<LoadBalancer> items = drafts.values().stream().map(Draft::build).toList();
        return new Parsed<>(items, problems);
    }

    /** Places each word in the header column it starts under; a word starting between columns is not placed. */
    private static Optional<Columns> byPosition(List<Words.Word> words, int[] starts) {
        String[] cells = {"", "", "", "", ""};
        for (Words.Word word : words) {
            int column = -1;
            for (int c = 0; c < starts.length; c++) {
                if (word.start() >= starts[c]) {
                    column = c;
                }
            }
            if (column < 0 || !cells[column].isEmpty() || word.start() != starts[column] && column < 4) {
                return Optional.empty();
            }
            cells[column] = word.text();
        }
        return Optional.of(new Columns(cells[0], cells[1], cells[2], cells[3], cells[4]));
    }

    /** Without a header: the UUID, then a name unless the next word is a protocol or an address, and so on. */
    private static Optional<Columns> byKind(List<Words.Word> words, boolean continuation) {
        List<String> rest = new ArrayList<>(words.stream().map(Words.Word::text).toList());
        String uuid = continuation ? "" : rest.remove(0);
        String name = "";
        if (!continuation && !rest.isEmpty() && !PROTOCOLS.contains(rest.get(0))
                && IpEndpoint.parse(rest.get(0)).isEmpty()) {
            name = rest.remove(0);
        }
        String protocol = !rest.isEmpty() && PROTOCOLS.contains(rest.get(0)) ? rest.remove(0) : "";
        if (rest.isEmpty() || rest.size() > 2) {
            return Optional.empty();
        }
        return Optional.of(new Columns(uuid, name, protocol, rest.get(0), rest.size() == 2 ? rest.get(1) : ""));
    }

    private static void vip(TextLines.Line line, Draft draft, Columns row, List<Problem> problems) {
        Optional<LoadBalancerVip> vip = NorthboundRows.vip(row.vip, row.backends);
        if (row.vip.isEmpty() || vip.isEmpty()) {
            problems.add(new Problem(line.number(), line.text(), "cannot read VIP '" + row.vip + "' or backends '"
                    + row.backends + "'"));
            return;
        }
        if (!row.protocol.equals(draft.protocol)) {
            problems.add(new Problem(line.number(), line.text(), "protocol '" + row.protocol
                    + "' differs from the load balancer's '" + draft.protocol + "': VIP kept under the load balancer"));
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
