package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.AddressSet;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NatType;
import io.ovnscope.core.model.ovn.PolicyAction;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.model.ovn.RoutePolicy;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns OVSDB rows of the northbound tables (from JSON or text lists alike) into model records. Each method
 * first checks the row has its table's columns, so rows of another table in a pasted session are reported
 * ("not a Load_Balancer record") instead of read as garbage. Bad values become problems on the row's line.
 */
public final class NorthboundRows {
    private NorthboundRows() {
    }

    public static Optional<LoadBalancer> loadBalancer(OvsdbRow row, List<Problem> problems) {
        if (!is(row, "Load_Balancer", problems, "vips", "protocol")) {
            return Optional.empty();
        }
        List<LoadBalancerVip> vips = new ArrayList<>();
        for (Map.Entry<String, String> entry : row.map("vips").entrySet()) {
            vip(entry.getKey(), entry.getValue()).ifPresentOrElse(vips::add, () -> problems.add(problem(row,
                    "load balancer " + row.uuid() + ": cannot read VIP '" + entry.getKey() + "' = '"
                            + entry.getValue() + "'")));
        }
        return Optional.of(new LoadBalancer(row.uuid(), row.text("name"), false, row.text("protocol"), vips,
                row.map("options"), row.map("external_ids"), row.strings("selection_fields"),
                row.strings("health_check"), row.map("ip_port_mappings")));
    }

    /** A VIP and its comma-separated backends as OVN writes them ({@code "10.16.0.4:80,10.16.0.6:80"}). */
    public static Optional<LoadBalancerVip> vip(String vip, String backends) {
        Optional<IpEndpoint> address = IpEndpoint.parse(vip.strip());
        if (address.isEmpty()) {
            return Optional.empty();
        }
        List<IpEndpoint> endpoints = new ArrayList<>();
        for (String backend : backends.split(",")) {
            if (backend.isBlank()) {
                continue;
            }
            Optional<IpEndpoint> endpoint = IpEndpoint.parse(backend.strip());
            if (endpoint.isEmpty()) {
                return Optional.empty();
            }
            endpoints.add(endpoint.get());
        }
        return Optional.of(new LoadBalancerVip(address.get(), endpoints));
    }

    public static Optional<LogicalSwitchPort> switchPort(OvsdbRow row, List<Problem> problems) {
        if (!is(row, "Logical_Switch_Port", problems, "name", "addresses", "type")) {
            return Optional.empty();
        }
        List<PortAddress> addresses = row.strings("addresses").stream().map(PortAddress::of).toList();
        Map<String, String> options = row.map("options");
        Optional<Boolean> up = row.string("up").map(Boolean::parseBoolean);
        List<PortAddress> dynamic = row.strings("dynamic_addresses").stream().map(PortAddress::of).toList();
        return Optional.of(new LogicalSwitchPort(row.uuid(), row.text("name"), row.text("type"), addresses, dynamic,
                Optional.ofNullable(options.get("router-port")), up, options, row.map("external_ids")));
    }

    public static Optional<LogicalRouterPort> routerPort(OvsdbRow row, List<Problem> problems) {
        if (!is(row, "Logical_Router_Port", problems, "name", "mac", "networks")) {
            return Optional.empty();
        }
        Optional<MacAddress> mac = MacAddress.parse(row.text("mac"));
        if (mac.isEmpty()) {
            problems.add(problem(row, "router port " + row.text("name") + ": '" + row.text("mac") + "' is not a MAC"));
        }
        List<IpPrefix> networks = prefixes(row, "networks", problems);
        return Optional.of(new LogicalRouterPort(row.uuid(), row.text("name"), mac, networks, row.string("peer"),
                row.strings("gateway_chassis")));
    }

    /** A route as the row says; {@code ecmp} is false here because only its router's other routes tell. */
    public static Optional<StaticRoute> staticRoute(OvsdbRow row, List<Problem> problems) {
        if (!is(row, "Logical_Router_Static_Route", problems, "ip_prefix", "nexthop")) {
            return Optional.empty();
        }
        Optional<IpPrefix> prefix = IpPrefix.parse(row.text("ip_prefix"));
        String policyText = row.text("policy");
        Optional<RoutePolicy> policy = policyText.isEmpty() ? Optional.of(RoutePolicy.DST_IP)
                : RoutePolicy.parse(policyText);
        if (prefix.isEmpty() || policy.isEmpty()) {
            problems.add(problem(row, "static route " + row.uuid() + ": cannot read prefix '"
                    + row.text("ip_prefix") + "' or policy '" + policyText + "'"));
            return Optional.empty();
        }
        boolean symmetric = "true".equals(row.map("options").get("ecmp_symmetric_reply"));
        return Optional.of(new StaticRoute(row.uuid(), prefix.get(), row.text("nexthop"), policy.get(),
                row.string("output_port"), row.text("route_table"), false, symmetric,
                !row.strings("bfd").isEmpty(), row.map("external_ids")));
    }

    public static Optional<RouterPolicy> policy(OvsdbRow row, List<Problem> problems) {
        if (!is(row, "Logical_Router_Policy", problems, "priority", "match", "action")) {
            return Optional.empty();
        }
        Optional<PolicyAction> action = PolicyAction.parse(row.text("action"));
        Optional<Integer> priority = integer(row.text("priority"));
        if (action.isEmpty() || priority.isEmpty()) {
            problems.add(problem(row, "policy " + row.uuid() + ": cannot read priority '" + row.text("priority")
                    + "' or action '" + row.text("action") + "'"));
            return Optional.empty();
        }
        List<IpAddress> nexthops = new ArrayList<>();
        List<String> written = new ArrayList<>(row.strings("nexthops"));
        row.strings("nexthop").stream().filter(n -> !written.contains(n)).forEach(written::add);
        for (String nexthop : written) {
            IpAddress.parse(nexthop).ifPresentOrElse(nexthops::add, () -> problems.add(problem(row,
                    "policy " + row.uuid() + ": next hop '" + nexthop + "' is not an address")));
        }
        return Optional.of(new RouterPolicy(row.uuid(), priority.get(), row.text("match"), action.get(), nexthops,
                row.map("options"), row.map("external_ids")));
    }

    public static Optional<Nat> nat(OvsdbRow row, List<Problem> problems) {
        if (!is(row, "NAT", problems, "type", "external_ip", "logical_ip")) {
            return Optional.empty();
        }
        Optional<NatType> type = NatType.parse(row.text("type"));
        Optional<IpAddress> external = IpAddress.parse(row.text("external_ip"));
        Optional<IpPrefix> logical = IpPrefix.parse(row.text("logical_ip"));
        if (type.isEmpty() || external.isEmpty() || logical.isEmpty()) {
            problems.add(problem(row, "NAT " + row.uuid() + ": cannot read type '" + row.text("type")
                    + "', external_ip '" + row.text("external_ip") + "' or logical_ip '" + row.text("logical_ip") + "'"));
            return Optional.empty();
        }
        return Optional.of(new Nat(row.uuid(), type.get(), external.get(), logical.get(),
                row.string("logical_port"), row.string("external_mac").flatMap(MacAddress::parse)));
    }

    public static Optional<AddressSet> addressSet(OvsdbRow row, List<Problem> problems) {
        if (!is(row, "Address_Set", problems, "name", "addresses") || row.has("type") || row.has("ports")) {
            if (row.has("type") || row.has("ports")) {
                problems.add(problem(row, "not an Address_Set record: it has columns of another table"));
            }
            return Optional.empty();
        }
        return Optional.of(new AddressSet(row.uuid(), row.text("name"), row.strings("addresses"),
                row.map("external_ids")));
    }

    static List<IpPrefix> prefixes(OvsdbRow row, String column, List<Problem> problems) {
        List<IpPrefix> prefixes = new ArrayList<>();
        for (String text : row.strings(column)) {
            IpPrefix.parse(text).ifPresentOrElse(prefixes::add, () -> problems.add(problem(row,
                    column + ": '" + text + "' is not an address with a prefix length")));
        }
        return prefixes;
    }

    static boolean is(OvsdbRow row, String table, List<Problem> problems, String... columns) {
        for (String column : columns) {
            if (!row.has(column)) {
                problems.add(problem(row, "not a " + table + " record: it has no '" + column + "' column"));
                return false;
            }
        }
        return true;
    }

    static Optional<Integer> integer(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    static Problem problem(OvsdbRow row, String reason) {
        return new Problem(row.line(), row.text(), reason);
    }
}
