package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.ovn.RoutePolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code ovn-nbctl lr-route-list ROUTER}:
 * <pre>
 * IPv4 Routes
 * Route Table &lt;main&gt;:
 *            192.168.0.0/24              10.5.204.108 src-ip ecmp ecmp-symmetric-reply bfd
 *          169.254.169.0/29             169.254.169.4 dst-ip rtoe-GR_microshift-dev
 * </pre>
 * Words after the policy are the flags {@code ecmp}, {@code ecmp-symmetric-reply}, {@code bfd} and the output
 * port. Routes carry no UUID here.
 */
public final class RouteListParser implements OutputParser<StaticRoute> {
    @Override
    public Parsed<StaticRoute> parse(String text) {
        List<StaticRoute> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String table = "";
        for (TextLines.Line line : TextLines.of(text)) {
            String content = line.text().strip();
            if (content.isEmpty() || content.equals("IPv4 Routes") || content.equals("IPv6 Routes")) {
                continue;
            }
            if (content.startsWith("Route Table ") && content.endsWith(":")) {
                String name = content.substring("Route Table ".length(), content.length() - 1).strip();
                table = name.equals("<main>") ? "" : name;
                continue;
            }
            route(line, table).ifPresentOrElse(items::add, () -> problems.add(UnownedLine.problem(line,
                    "not a route line of lr-route-list (prefix, next hop, src-ip/dst-ip, flags, port)")));
        }
        return new Parsed<>(items, problems);
    }

    private static Optional<StaticRoute> route(TextLines.Line line, String table) {
        List<Words.Word> words = Words.of(line.text());
        if (words.size() < 3) {
            return Optional.empty();
        }
        Optional<IpPrefix> prefix = IpPrefix.parse(words.get(0).text());
        String nexthop = words.get(1).text();
        Optional<RoutePolicy> policy = RoutePolicy.parse(words.get(2).text());
        if (prefix.isEmpty() || policy.isEmpty()
                || !nexthop.equals("discard") && IpAddress.parse(nexthop).isEmpty()) {
            return Optional.empty();
        }
        boolean ecmp = false;
        boolean symmetric = false;
        boolean bfd = false;
        String port = null;
        for (Words.Word word : words.subList(3, words.size())) {
            switch (word.text()) {
                case "ecmp" -> ecmp = true;
                case "ecmp-symmetric-reply" -> symmetric = true;
                case "bfd" -> bfd = true;
                default -> {
                    if (port != null) {
                        return Optional.empty();
                    }
                    port = word.text();
                }
            }
        }
        return Optional.of(new StaticRoute("", prefix.get(), nexthop, policy.get(), Optional.ofNullable(port), table,
                ecmp, symmetric, bfd, Map.of()));
    }
}
