package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.Uuids;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NatType;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code ovn-nbctl show [SWITCH|ROUTER]}: switches with their ports (type, router-port, addresses) and
 * routers with their ports (mac, networks, gateway chassis) and NAT rules. The result is one
 * {@link NorthboundDatabase} without load balancers, routes or policies (show does not print them) and
 * without port UUIDs. Lines cut from their switch or router by grep are reported, not guessed into one.
 */
public final class NbctlShowParser implements OutputParser<NorthboundDatabase> {
    @Override
    public Parsed<NorthboundDatabase> parse(String text) {
        return new Reading().run(text);
    }

    /** The state of one read: the entity and child being filled. */
    private static final class Reading {
        private final List<Problem> problems = new ArrayList<>();
        private final List<LogicalSwitch> switches = new ArrayList<>();
        private final List<LogicalRouter> routers = new ArrayList<>();
        private EntityDraft entity;
        private ChildDraft child;

        Parsed<NorthboundDatabase> run(String text) {
            for (TextLines.Line line : TextLines.of(text)) {
                String content = line.text();
                if (content.isBlank()) {
                    continue;
                }
                read(line, content.strip());
            }
            finishEntity();
            return new Parsed<>(List.of(new NorthboundDatabase(switches, routers, List.of(), List.of())), problems);
        }

        private void read(TextLines.Line line, String content) {
            boolean top = !Character.isWhitespace(line.text().charAt(0));
            if (top && (content.startsWith("switch ") || content.startsWith("router "))) {
                finishEntity();
                header(line, content);
                return;
            }
            if (content.startsWith("port ") || content.startsWith("nat ")) {
                child(line, content);
                return;
            }
            Optional<ShowAttribute> attribute = UnownedLine.pasted(content) ? Optional.empty() : ShowAttribute.of(content);
            if (attribute.isEmpty()) {
                problems.add(UnownedLine.problem(line, "not a line of ovn-nbctl show"));
                return;
            }
            if (child == null) {
                problems.add(new Problem(line.number(), line.text(), entity == null
                        ? "'" + attribute.get().key() + "' outside any switch or router: the output was cut or filtered (grep?)"
                        : "'" + attribute.get().key() + "' of a " + entity.kind + " is not read"));
                return;
            }
            child.attributes.put(attribute.get().key(), attribute.get());
            child.lines.put(attribute.get().key(), line);
        }

        private void header(TextLines.Line line, String content) {
            List<Words.Word> words = Words.of(content);
            String kind = words.get(0).text();
            String id = words.size() > 1 ? words.get(1).text() : "";
            int open = content.indexOf('(');
            int close = open < 0 ? -1 : content.indexOf(')', open);
            if (words.size() < 3 || open < 0 || close < 0) {
                problems.add(new Problem(line.number(), line.text(), "a " + kind + " line without '<uuid> (<name>)'"));
                entity = null;
                return;
            }
            String uuid = id;
            if (!Uuids.isUuid(id)) {
                problems.add(new Problem(line.number(), line.text(), "'" + id
                        + "' is not a full UUID (shortened by whoever pasted this?): the " + kind + " is kept without one"));
                uuid = "";
            }
            extra(line, content.substring(close + 1));
            entity = new EntityDraft(kind, uuid, content.substring(open + 1, close));
        }

        private void child(TextLines.Line line, String content) {
            finishChild();
            List<Words.Word> words = Words.of(content);
            String kind = words.get(0).text();
            if (entity == null) {
                problems.add(new Problem(line.number(), line.text(), "'" + kind
                        + "' outside any switch or router: the output was cut or filtered (grep?)"));
                return;
            }
            if (words.size() < 2 || kind.equals("nat") && !entity.kind.equals("router")) {
                problems.add(new Problem(line.number(), line.text(), "not a line of ovn-nbctl show"));
                return;
            }
            extra(line, content.substring(words.get(1).end()));
            child = new ChildDraft(kind, words.get(1).text(), line);
        }

        /** Text after a name, such as "(aka cp)" that helper scripts add; reported, never read. */
        private void extra(TextLines.Line line, String rest) {
            if (!rest.isBlank()) {
                problems.add(new Problem(line.number(), line.text(), "'" + rest.strip()
                        + "' is not ovn-nbctl output (added by a helper such as abbrev?): ignored"));
            }
        }

        private void finishChild() {
            if (child == null || entity == null) {
                child = null;
                return;
            }
            if (child.kind.equals("nat")) {
                nat(child).ifPresent(entity.nats::add);
            } else if (entity.kind.equals("switch")) {
                entity.switchPorts.add(switchPort(child));
            } else {
                entity.routerPorts.add(routerPort(child));
            }
            child = null;
        }

        private void finishEntity() {
            finishChild();
            if (entity == null) {
                return;
            }
            if (entity.kind.equals("switch")) {
                switches.add(new LogicalSwitch(entity.uuid, entity.name, entity.switchPorts, List.of(), Map.of(),
                        Map.of()));
            } else {
                routers.add(new LogicalRouter(entity.uuid, entity.name, entity.routerPorts, List.of(), List.of(),
                        entity.nats, List.of(), Map.of(), Map.of()));
            }
            entity = null;
        }

        private LogicalSwitchPort switchPort(ChildDraft port) {
            port.expect(problems, "type", "router-port", "addresses", "dynamic addresses", "parent", "tag");
            List<PortAddress> addresses = port.strings("addresses").stream().map(PortAddress::of).toList();
            Optional<String> routerPort = port.text("router-port");
            Map<String, String> options = routerPort.map(r -> Map.of("router-port", r)).orElse(Map.of());
            List<PortAddress> dynamic = port.strings("dynamic addresses").stream().map(PortAddress::of).toList();
            return new LogicalSwitchPort("", port.name, port.text("type").orElse(""), addresses, dynamic, routerPort,
                    Optional.empty(), options, Map.of());
        }

        private LogicalRouterPort routerPort(ChildDraft port) {
            port.expect(problems, "mac", "networks", "ipv6-lla", "gateway chassis", "peer");
            Optional<MacAddress> mac = port.text("mac").flatMap(MacAddress::parse);
            if (mac.isEmpty()) {
                problems.add(new Problem(port.header.number(), port.header.text(), "router port " + port.name
                        + " has no readable 'mac:' line"));
            }
            List<IpPrefix> networks = new ArrayList<>();
            for (String network : port.strings("networks")) {
                IpPrefix.parse(network).ifPresentOrElse(networks::add, () -> problems.add(port.problem("networks",
                        "'" + network + "' is not an address with a prefix length")));
            }
            return new LogicalRouterPort("", port.name, mac, networks, port.text("peer"),
                    port.strings("gateway chassis"));
        }

        private Optional<Nat> nat(ChildDraft nat) {
            nat.expect(problems, "external ip", "logical ip", "type", "external mac", "logical port");
            Optional<NatType> type = nat.text("type").flatMap(NatType::parse);
            Optional<IpAddress> external = nat.text("external ip").flatMap(IpAddress::parse);
            Optional<IpPrefix> logical = nat.text("logical ip").flatMap(IpPrefix::parse);
            if (type.isEmpty() || external.isEmpty() || logical.isEmpty()) {
                problems.add(new Problem(nat.header.number(), nat.header.text(),
                        "NAT " + nat.name + " lacks a readable type, external ip or logical ip"));
                return Optional.empty();
            }
            String uuid = Uuids.isUuid(nat.name) ? nat.name : "";
            return Optional.of(new Nat(uuid, type.get(), external.get(), logical.get(), nat.text("logical port"),
                    nat.text("external mac").flatMap(MacAddress::parse)));
        }
    }

    /** A switch or router being read. */
    private static final class EntityDraft {
        private final String kind;
        private final String uuid;
        private final String name;
        private final List<LogicalSwitchPort> switchPorts = new ArrayList<>();
        private final List<LogicalRouterPort> routerPorts = new ArrayList<>();
        private final List<Nat> nats = new ArrayList<>();

        EntityDraft(String kind, String uuid, String name) {
            this.kind = kind;
            this.uuid = uuid;
            this.name = name;
        }
    }

    /** A port or NAT being read: its attribute lines. */
    private static final class ChildDraft {
        private final String kind;
        private final String name;
        private final TextLines.Line header;
        private final Map<String, ShowAttribute> attributes = new LinkedHashMap<>();
        private final Map<String, TextLines.Line> lines = new LinkedHashMap<>();

        ChildDraft(String kind, String name, TextLines.Line header) {
            this.kind = kind;
            this.name = name;
            this.header = header;
        }

        Optional<String> text(String key) {
            return Optional.ofNullable(attributes.get(key)).map(ShowAttribute::text).filter(t -> !t.isEmpty());
        }

        List<String> strings(String key) {
            ShowAttribute attribute = attributes.get(key);
            return attribute == null ? List.of() : attribute.value().strings();
        }

        /** Reports attributes this reader does not know, so none is dropped silently. */
        void expect(List<Problem> problems, String... known) {
            List<String> knownKeys = List.of(known);
            attributes.keySet().stream().filter(k -> !knownKeys.contains(k))
                    .forEach(k -> problems.add(problem(k, "'" + k + "' of " + kind + " " + name + " is not read")));
        }

        Problem problem(String key, String reason) {
            TextLines.Line line = lines.get(key);
            return new Problem(line.number(), line.text(), reason);
        }
    }
}
