package io.ovnscope.views.snapshot;

import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.model.ovn.RoutePolicy;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.core.snapshot.Snapshot;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.TreeItem;

/**
 * Builds the navigator's tree from a snapshot: the node; its OVN switches, routers and load balancers; its
 * OpenFlow bridges by table; its iptables chains; and what the collection itself left (outputs with problems,
 * gaps), so nothing missing hides. Every line carries its count, so a glance says what the node holds.
 */
public final class NavigatorTree {
    public static final String SWITCHES = "OVN switches";
    public static final String ROUTERS = "OVN routers";
    public static final String LOAD_BALANCERS = "Load balancers";
    public static final String BRIDGES = "OpenFlow bridges";
    public static final String IPTABLES = "iptables chains";
    public static final String COLLECTION = "Collection";
    public static final List<String> GROUPS = List.of(SWITCHES, ROUTERS, LOAD_BALANCERS, BRIDGES, IPTABLES);

    private NavigatorTree() {
    }

    /** The empty tree a new user sees before anything is open: the groups that will fill. */
    public static TreeItem<NavEntry> empty(String rootLabel) {
        TreeItem<NavEntry> root = expanded(NavEntry.group(rootLabel));
        GROUPS.forEach(g -> root.getChildren().add(new TreeItem<>(NavEntry.group(g))));
        return root;
    }

    public static TreeItem<NavEntry> of(Snapshot snapshot) {
        NodeState node = snapshot.node();
        NorthboundDatabase northbound = node.northbound();
        TreeItem<NavEntry> root = expanded(NavEntry.of(snapshot.source().node(), NodeSummary.of(snapshot)));
        root.getChildren().add(group(SWITCHES, northbound.switches(), s -> switchItem(s, northbound)));
        root.getChildren().add(group(ROUTERS, northbound.routers(), r -> routerItem(r, northbound)));
        root.getChildren().add(group(LOAD_BALANCERS, northbound.loadBalancers(), NavigatorTree::loadBalancerItem));
        root.getChildren().add(group(BRIDGES, node.bridges(),
                bridge -> bridgeItem(bridge, node.flows().get(bridge))));
        root.getChildren().add(iptablesGroup(node.iptables()));
        root.getChildren().add(collectionGroup(snapshot));
        root.getChildren().stream().limit(2).forEach(item -> item.setExpanded(true));
        return root;
    }

    private static TreeItem<NavEntry> switchItem(LogicalSwitch logicalSwitch, NorthboundDatabase northbound) {
        TreeItem<NavEntry> item = new TreeItem<>(NavEntry.of(
                logicalSwitch.name() + " · " + count(logicalSwitch.ports().size(), "port"), logicalSwitch));
        logicalSwitch.ports().forEach(port -> item.getChildren().add(leaf(switchPortLabel(port), port)));
        List<LoadBalancer> loadBalancers = northbound.loadBalancersOf(logicalSwitch);
        if (!loadBalancers.isEmpty()) {
            item.getChildren().add(group(LOAD_BALANCERS, loadBalancers, NavigatorTree::loadBalancerItem));
        }
        return item;
    }

    private static TreeItem<NavEntry> loadBalancerItem(LoadBalancer loadBalancer) {
        return leaf(loadBalancer.name() + " · " + count(loadBalancer.vips().size(), "VIP"), loadBalancer);
    }

    private static String switchPortLabel(LogicalSwitchPort port) {
        StringBuilder label = new StringBuilder(port.name());
        if (!port.type().isEmpty()) {
            label.append(" (").append(port.type()).append(')');
        }
        String ips = port.addresses().stream().flatMap(a -> a.ips().stream()).map(Object::toString)
                .collect(Collectors.joining(" "));
        if (!ips.isEmpty()) {
            label.append("  ").append(ips);
        } else if (port.addresses().stream().map(PortAddress::text).anyMatch("unknown"::equals)) {
            label.append("  unknown");
        }
        return label.toString();
    }

    private static TreeItem<NavEntry> routerItem(LogicalRouter router, NorthboundDatabase northbound) {
        TreeItem<NavEntry> item = new TreeItem<>(NavEntry.of(router.name() + " · "
                + count(router.ports().size(), "port") + ", " + count(router.staticRoutes().size(), "route")
                + ", " + count(router.policies().size(), "policy", "policies") + ", "
                + router.nats().size() + " NAT", router));
        item.getChildren().add(group("Ports", router.ports(), NavigatorTree::routerPortItem));
        item.getChildren().add(group("Static routes", router.staticRoutes(),
                route -> leaf(routeLabel(route), route)));
        item.getChildren().add(group("Policies", router.policies(), policy -> leaf(policyLabel(policy), policy)));
        item.getChildren().add(group("NAT", router.nats(), nat -> leaf(natLabel(nat), nat)));
        item.getChildren().add(group(LOAD_BALANCERS, northbound.loadBalancersOf(router),
                NavigatorTree::loadBalancerItem));
        return item;
    }

    private static TreeItem<NavEntry> routerPortItem(LogicalRouterPort port) {
        String networks = port.networks().stream().map(Object::toString).collect(Collectors.joining(" "));
        return leaf(port.name() + (networks.isEmpty() ? "" : "  " + networks), port);
    }

    private static String routeLabel(StaticRoute route) {
        return route.ipPrefix() + " via " + route.nexthop()
                + (route.policy() == RoutePolicy.SRC_IP ? " (src-ip)" : "")
                + route.outputPort().map(p -> " on " + p).orElse("");
    }

    private static String policyLabel(RouterPolicy policy) {
        String nexthops = policy.nexthops().stream().map(Object::toString).collect(Collectors.joining(" "));
        return policy.priority() + " " + policy.action() + (nexthops.isEmpty() ? "" : " " + nexthops)
                + "  " + policy.match();
    }

    private static String natLabel(Nat nat) {
        return nat.type() + " " + nat.logicalIp() + " → " + nat.externalIp();
    }

    private static TreeItem<NavEntry> bridgeItem(String bridge, FlowDump dump) {
        Map<Integer, List<Flow>> byTable = new TreeMap<>(dump.flows().stream()
                .collect(Collectors.groupingBy(Flow::table)));
        String problems = dump.problems().isEmpty() ? "" : ", " + count(dump.problems().size(), "problem");
        TreeItem<NavEntry> item = new TreeItem<>(NavEntry.of(bridge + " · " + count(dump.flows().size(), "flow")
                + " in " + count(byTable.size(), "table") + problems, dump));
        byTable.forEach((table, flows) -> item.getChildren().add(leaf(
                "table " + table + " · " + count(flows.size(), "flow"), summary(bridge, table, flows))));
        return item;
    }

    private static FlowTableSummary summary(String bridge, int table, List<Flow> flows) {
        int highest = flows.stream().mapToInt(Flow::priority).max().orElse(0);
        int lowest = flows.stream().mapToInt(Flow::priority).min().orElse(0);
        long packets = flows.stream().mapToLong(f -> Math.max(0, f.stats().packets())).sum();
        List<Flow> byPriority = flows.stream().sorted(Comparator.comparingInt(Flow::priority).reversed()).toList();
        return new FlowTableSummary(bridge, table, flows.size(), highest, lowest, packets, byPriority);
    }

    private static TreeItem<NavEntry> iptablesGroup(List<IptablesTable> tables) {
        int chains = tables.stream().mapToInt(t -> t.chains().size()).sum();
        TreeItem<NavEntry> group = new TreeItem<>(NavEntry.group(IPTABLES + " (" + chains + ")"));
        for (IptablesTable table : tables) {
            TreeItem<NavEntry> item = new TreeItem<>(NavEntry.of(table.name().orElse("(unnamed)") + " table · "
                    + count(table.chains().size(), "chain") + ", " + count(table.rules().size(), "rule"), table));
            for (IptablesChain chain : table.chains()) {
                item.getChildren().add(leaf(chain.name() + " · " + count(chain.rules().size(), "rule")
                        + chain.policy().map(p -> " (policy " + p + ")").orElse(""), chain));
            }
            group.getChildren().add(item);
        }
        return group;
    }

    private static TreeItem<NavEntry> collectionGroup(Snapshot snapshot) {
        long notRight = snapshot.outputs().stream()
                .filter(o -> o.outcome() != Outcome.COMPLETED && o.outcome() != Outcome.IMPORTED
                        || !o.problems().isEmpty()).count();
        TreeItem<NavEntry> group = new TreeItem<>(NavEntry.group(COLLECTION + " (" + count(snapshot.outputs().size(),
                "output") + ", " + count(snapshot.problemCount(), "problem") + ", "
                + count(snapshot.gaps().size(), "gap") + ")"));
        TreeItem<NavEntry> gaps = group("Gaps", snapshot.gaps(), gap -> leaf(gap.item() + ": " + gap.reason(), gap));
        TreeItem<NavEntry> outputs = group("Outputs", snapshot.outputs(), o -> leaf(outputLabel(o), o));
        group.getChildren().add(gaps);
        group.getChildren().add(outputs);
        // What went wrong is shown open, so a partial snapshot cannot pass for a whole one.
        group.setExpanded(!snapshot.gaps().isEmpty() || notRight > 0);
        gaps.setExpanded(!snapshot.gaps().isEmpty());
        return group;
    }

    private static String outputLabel(CapturedOutput output) {
        StringBuilder label = new StringBuilder(output.item());
        if (output.outcome() != Outcome.COMPLETED && output.outcome() != Outcome.IMPORTED) {
            label.append(" — ").append(output.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (!output.problems().isEmpty()) {
            label.append(" — ").append(count(output.problems().size(), "problem"));
        }
        return label.toString();
    }

    private static <T> TreeItem<NavEntry> group(String name, List<T> members, Function<T, TreeItem<NavEntry>> item) {
        TreeItem<NavEntry> group = new TreeItem<>(NavEntry.group(name + " (" + members.size() + ")"));
        members.forEach(member -> group.getChildren().add(item.apply(member)));
        return group;
    }

    private static TreeItem<NavEntry> leaf(String label, Object subject) {
        return new TreeItem<>(NavEntry.of(label, subject));
    }

    private static TreeItem<NavEntry> expanded(NavEntry entry) {
        TreeItem<NavEntry> item = new TreeItem<>(entry);
        item.setExpanded(true);
        return item;
    }

    static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
