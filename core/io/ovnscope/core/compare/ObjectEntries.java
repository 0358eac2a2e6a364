package io.ovnscope.core.compare;

import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.snapshot.NodeState;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A node's configuration as keyed entries per area, so two snapshots compare entry by entry. A key names
 * the entry the same way in both snapshots (never by UUID, which a re-created row changes); the value is
 * what may change under it. Entries with nothing that changes under them (a route is its next hop) carry
 * it in the key, so they show as removed and added.
 */
final class ObjectEntries {
    private final Map<ObjectArea, Map<String, String>> entries = new EnumMap<>(ObjectArea.class);

    private ObjectEntries() {
        for (ObjectArea area : ObjectArea.values()) {
            entries.put(area, new LinkedHashMap<>());
        }
    }

    static ObjectEntries of(NodeState node) {
        ObjectEntries entries = new ObjectEntries();
        entries.northbound(node.northbound());
        for (IptablesTable table : node.iptables()) {
            for (IptablesChain chain : table.chains()) {
                for (IptablesRule rule : chain.rules()) {
                    entries.put(ObjectArea.IPTABLES_RULE,
                            table.name().orElse("?") + " " + chain.name() + ": " + withoutCounters(rule.text()), "");
                }
            }
        }
        for (Route route : node.routes()) {
            entries.put(ObjectArea.HOST_ROUTE, route.table() + " " + route.destination() + " " + route.via().orElse("")
                    + " dev " + route.device().orElse("?"), "");
        }
        return entries;
    }

    Map<String, String> area(ObjectArea area) {
        return entries.get(area);
    }

    private void northbound(NorthboundDatabase northbound) {
        for (LoadBalancer lb : northbound.loadBalancers()) {
            for (LoadBalancerVip vip : lb.vips()) {
                put(ObjectArea.LOAD_BALANCER_VIP, lb.name() + " " + lb.effectiveProtocol() + " " + vip.vip(),
                        vip.backends().stream().map(IpEndpoint::toString).collect(Collectors.joining(",")));
            }
        }
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            for (LoadBalancer lb : northbound.loadBalancersOf(logicalSwitch)) {
                put(ObjectArea.LOAD_BALANCER_USE, "switch " + logicalSwitch.name() + " holds " + lb.name(), "");
            }
        }
        for (LogicalRouter router : northbound.routers()) {
            for (LoadBalancer lb : northbound.loadBalancersOf(router)) {
                put(ObjectArea.LOAD_BALANCER_USE, "router " + router.name() + " holds " + lb.name(), "");
            }
            for (StaticRoute route : router.staticRoutes()) {
                put(ObjectArea.STATIC_ROUTE, router.name() + " " + route.ipPrefix() + " via " + route.nexthop()
                        + " " + route.policy() + (route.mainTable() ? "" : " table " + route.routeTable())
                        + route.outputPort().map(port -> " port " + port).orElse(""), "");
            }
            for (RouterPolicy policy : router.policies()) {
                put(ObjectArea.ROUTER_POLICY, router.name() + " " + policy.priority() + " " + policy.match(),
                        policy.action() + (policy.nexthops().isEmpty() ? "" : " " + policy.nexthops().stream()
                                .map(IpAddress::toString).collect(Collectors.joining(","))));
            }
            for (Nat nat : router.nats()) {
                put(ObjectArea.NAT, router.name() + " " + nat.type() + " " + nat.externalIp() + " " + nat.logicalIp(),
                        nat.logicalPort().orElse("") + nat.externalMac().map(mac -> " " + mac).orElse(""));
            }
        }
    }

    /** Adds an entry; a second one with the same key gets "#2" so neither is lost. */
    private void put(ObjectArea area, String key, String value) {
        Map<String, String> map = entries.get(area);
        String unique = key;
        for (int n = 2; map.containsKey(unique); n++) {
            unique = key + " #" + n;
        }
        map.put(unique, value);
    }

    /** iptables-save -c writes {@code [packets:bytes]} before a rule: counters move, the rule is the same. */
    private static String withoutCounters(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf("] ");
            if (close > 0) {
                return text.substring(close + 2);
            }
        }
        return text;
    }
}
