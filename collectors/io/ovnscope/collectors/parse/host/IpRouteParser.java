package io.ovnscope.collectors.parse.host;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.host.AddressFamily;
import io.ovnscope.core.model.host.HostAddresses;
import io.ovnscope.core.model.host.NextHop;
import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.host.RouteType;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code ip route}, {@code ip -6 route} and {@code ip route show table all} (IPv4 and IPv6 together)
 * into routes. The indented {@code nexthop} lines of a multipath route join the route above them.
 */
public final class IpRouteParser implements OutputParser<Route> {
    private static final Set<String> FLAGS = Set.of("onlink", "linkdown", "dead", "pervasive", "offload", "trap",
            "rt_offload", "rt_trap", "rt_offload_failed", "notify", "unresolved");
    /** Attributes ip prints with one value that ovnscope keeps as text. */
    private static final Set<String> VALUED = Set.of("nhid", "expires", "hoplimit", "advmss", "realm", "realms",
            "error", "initcwnd", "initrwnd", "rtt", "rttvar", "window", "features", "quickack", "congctl",
            "ssthresh", "cwnd", "reordering", "tos", "dsfield", "from", "fastopen_no_cookie", "rto_min",
            "ttl-propagate", "weight", "iif", "oif", "uid", "cache");

    @Override
    public Parsed<Route> parse(String text) {
        List<Route> routes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        RouteParts last = null;
        for (TextLines.Line line : TextLines.of(text == null ? "" : text)) {
            String raw = line.text();
            String stripped = raw.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            Optional<String> pasted = PastedLine.explain(raw);
            if (pasted.isPresent()) {
                problems.add(new Problem(line.number(), raw, pasted.get()));
                continue;
            }
            List<String> words = List.of(stripped.split("\\s+"));
            if (words.get(0).equals("nexthop") && Character.isWhitespace(raw.charAt(0))) {
                if (last == null) {
                    problems.add(new Problem(line.number(), raw, "a nexthop line with no route above it"));
                } else {
                    last.nextHops.add(nextHop(words, line.number(), raw, problems));
                }
                continue;
            }
            RouteParts parts = route(line.number(), raw, words, problems);
            if (parts != null) {
                if (last != null) {
                    routes.add(last.build());
                }
                last = parts;
            }
        }
        if (last != null) {
            routes.add(last.build());
        }
        return new Parsed<>(routes, problems);
    }

    private static RouteParts route(int number, String raw, List<String> words, List<Problem> problems) {
        int at = 0;
        RouteType type = RouteType.UNICAST;
        Optional<RouteType> keyword = RouteType.ofKeyword(words.get(0));
        if (keyword.isPresent() && words.size() > 1) {
            type = keyword.get();
            at++;
        }
        String destination = words.get(at++);
        if (!destination.equals("default") && !HostAddresses.isPrefix(destination)) {
            problems.add(new Problem(number, raw, ruleOrNot(words)));
            return null;
        }
        RouteParts parts = new RouteParts(number, type, destination);
        List<String> unknown = new ArrayList<>();
        while (at < words.size()) {
            String key = words.get(at++);
            if (FLAGS.contains(key)) {
                parts.flags.add(key);
                continue;
            }
            if (at >= words.size()) {
                unknown.add(key);
                break;
            }
            String value = words.get(at++);
            if ((key.equals("via") || key.equals("mtu")) && (value.equals("inet") || value.equals("inet6")
                    || value.equals("lock")) && at < words.size()) {
                value = words.get(at++);
            }
            if (!parts.set(key, value)) {
                unknown.add(key + " " + value);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new Problem(number, raw, "'" + String.join(" ", unknown)
                    + "' is not understood in a route; kept out of the route"));
        }
        parts.checkAddresses(raw, problems);
        return parts;
    }

    private static String ruleOrNot(List<String> words) {
        if (words.get(0).endsWith(":") && words.size() > 1 && words.get(1).equals("from")) {
            return "an 'ip rule' line (policy routing rule), not a route: ovnscope does not read ip rules yet";
        }
        return "not a route: '" + words.get(0) + "' is neither a route type, 'default' nor an address/prefix";
    }

    private static NextHop nextHop(List<String> words, int number, String raw, List<Problem> problems) {
        Optional<String> via = Optional.empty();
        Optional<String> dev = Optional.empty();
        OptionalInt weight = OptionalInt.empty();
        List<String> flags = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String key = words.get(i);
            if (FLAGS.contains(key)) {
                flags.add(key);
            } else if (i + 1 < words.size() && key.equals("via")) {
                String value = words.get(++i);
                if ((value.equals("inet") || value.equals("inet6")) && i + 1 < words.size()) {
                    value = words.get(++i);
                }
                via = Optional.of(value);
            } else if (i + 1 < words.size() && key.equals("dev")) {
                dev = Optional.of(words.get(++i));
            } else if (i + 1 < words.size() && key.equals("weight") && isNumber(words.get(i + 1))) {
                weight = OptionalInt.of(Integer.parseInt(words.get(++i)));
            } else {
                problems.add(new Problem(number, raw, "'" + key + "' is not understood in a nexthop"));
            }
        }
        return new NextHop(via, dev, weight, flags);
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.length() <= 9 && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** One route being read. */
    private static final class RouteParts {
        private final int line;
        private final RouteType type;
        private final String destination;
        private final List<String> flags = new ArrayList<>();
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<NextHop> nextHops = new ArrayList<>();
        private String table = "main";
        private Optional<String> via = Optional.empty();
        private Optional<String> device = Optional.empty();
        private Optional<String> source = Optional.empty();
        private Optional<String> protocol = Optional.empty();
        private Optional<String> scope = Optional.empty();
        private Optional<String> preference = Optional.empty();
        private OptionalInt metric = OptionalInt.empty();
        private OptionalInt mtu = OptionalInt.empty();

        RouteParts(int line, RouteType type, String destination) {
            this.line = line;
            this.type = type;
            this.destination = destination;
        }

        boolean set(String key, String value) {
            switch (key) {
                case "via" -> via = Optional.of(value);
                case "dev" -> device = Optional.of(value);
                case "src" -> source = Optional.of(value);
                case "proto" -> protocol = Optional.of(value);
                case "scope" -> scope = Optional.of(value);
                case "table" -> table = value;
                case "pref" -> preference = Optional.of(value);
                case "metric", "preference" -> {
                    if (!isNumber(value)) {
                        return false;
                    }
                    metric = OptionalInt.of(Integer.parseInt(value));
                }
                case "mtu" -> {
                    if (!isNumber(value)) {
                        return false;
                    }
                    mtu = OptionalInt.of(Integer.parseInt(value));
                }
                default -> {
                    if (!VALUED.contains(key)) {
                        return false;
                    }
                    attributes.put(key, value);
                }
            }
            return true;
        }

        void checkAddresses(String raw, List<Problem> problems) {
            via.filter(v -> !HostAddresses.isAddress(v)).ifPresent(v ->
                    problems.add(new Problem(line, raw, "via " + v + " is not an IPv4/IPv6 address")));
            source.filter(s -> !HostAddresses.isAddress(s)).ifPresent(s ->
                    problems.add(new Problem(line, raw, "src " + s + " is not an IPv4/IPv6 address")));
        }

        private AddressFamily family() {
            if (!destination.equals("default")) {
                return HostAddresses.family(destination.contains("/")
                        ? destination.substring(0, destination.indexOf('/')) : destination);
            }
            for (Optional<String> address : List.of(via, source)) {
                if (address.isPresent() && HostAddresses.isAddress(address.get())) {
                    return HostAddresses.family(address.get());
                }
            }
            // ip prints "pref" only on IPv6 routes.
            return preference.isPresent() ? AddressFamily.IPV6 : AddressFamily.UNKNOWN;
        }

        Route build() {
            return new Route(line, table, type, family(), destination, via, device, source, protocol, scope, metric,
                    mtu, preference, flags, attributes, nextHops);
        }
    }
}
