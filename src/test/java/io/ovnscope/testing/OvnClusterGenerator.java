package io.ovnscope.testing;

import io.ovnscope.core.model.k8s.KubeObject;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.model.ovn.RoutePolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Northbound databases shaped like ovn-kubernetes' (per node: {@code ext_<node>}, {@code GR_<node>}, the node
 * switch with its management port and pods; shared: {@code join} and {@code ovn_cluster_router}), for tests
 * and benchmarks of the topology. Node {@code i} is named {@code node-NN}; its pods are {@code default_pod-K}
 * with MAC {@code 0a:58} + IP, in the node's /22 of 10.128.0.0/14.
 *
 * @param nodes                   how many nodes
 * @param podsPerNode             pods on each node switch
 * @param joinSwitch              true: gateway routers reach the cluster router through {@code join}; false:
 *                                each gateway router peers the cluster router directly, router port to router
 *                                port
 * @param nodeLoadBalancers       true: one load balancer per node, held by its node switch and its gateway
 *                                router (ovn-kubernetes' "node_router+switch" kind)
 * @param clusterLoadBalancer     true: one more load balancer held by every node switch
 */
public record OvnClusterGenerator(int nodes, int podsPerNode, boolean joinSwitch, boolean nodeLoadBalancers,
                                  boolean clusterLoadBalancer) {
    public static final Instant TAKEN = Instant.parse("2026-11-22T12:00:00Z");

    public static String node(int i) {
        return String.format("node-%02d", i + 1);
    }

    /** A snapshot of the first node holding only this northbound database (no host side collected). */
    public Snapshot snapshot() {
        return snapshotOf(node(0), northbound(), List.of());
    }

    /** A snapshot of {@code node} that holds only a northbound database and Kubernetes objects. */
    public static Snapshot snapshotOf(String node, NorthboundDatabase northbound, List<KubeObject> kubernetes) {
        NodeState state = new NodeState(Map.of(), Map.of(), Map.of(), Optional.empty(), northbound, List.of(),
                List.of(), List.of(), kubernetes);
        return new Snapshot(Snapshot.FORMAT_VERSION, new SnapshotSource(SnapshotSource.Origin.IMPORT, node,
                "generated", TAKEN), List.of(), List.of(), state);
    }

    public NorthboundDatabase northbound() {
        List<LogicalSwitch> switches = new ArrayList<>();
        List<LogicalRouter> routers = new ArrayList<>();
        List<LoadBalancer> loadBalancers = new ArrayList<>();
        List<LogicalRouterPort> clusterPorts = new ArrayList<>();
        List<StaticRoute> clusterRoutes = new ArrayList<>();
        List<LogicalSwitchPort> joinPorts = new ArrayList<>();
        if (joinSwitch) {
            clusterPorts.add(routerPort("rtoj-ovn_cluster_router", 0x0a5864400001L, "100.64.0.1/16", null));
            joinPorts.add(routerTypePort("jtor-ovn_cluster_router", "rtoj-ovn_cluster_router"));
        }
        String clusterLb = "lb-cluster";
        for (int i = 0; i < nodes; i++) {
            String node = node(i);
            String gr = "GR_" + node;
            String nodeLb = "lb-" + node;
            int base = (10 << 24) | (128 << 16) | (i << 10);
            String joinIp = "100.64." + ((i + 2) >> 8) + "." + ((i + 2) & 0xff) + "/16";
            List<LogicalRouterPort> gatewayPorts = new ArrayList<>();
            gatewayPorts.add(routerPort("rtoe-" + gr, 0x525400000000L + i, "172.18.0." + (i + 2) + "/16", null));
            if (joinSwitch) {
                gatewayPorts.add(routerPort("rtoj-" + gr, 0x0a5864400000L + i + 2, joinIp, null));
                joinPorts.add(routerTypePort("jtor-" + gr, "rtoj-" + gr));
            } else {
                gatewayPorts.add(routerPort("rtoj-" + gr, 0x0a5864400000L + i + 2, joinIp, "rtog-" + node));
                clusterPorts.add(routerPort("rtog-" + node, 0x0a5864410000L + i, "100.65." + ((i + 2) >> 8) + "."
                        + ((i + 2) & 0xff) + "/16", "rtoj-" + gr));
            }
            routers.add(new LogicalRouter("", gr, gatewayPorts, List.of(), List.of(), List.of(),
                    nodeLoadBalancers ? List.of(nodeLb) : List.of(), Map.of(), Map.of()));
            switches.add(new LogicalSwitch("", "ext_" + node, List.of(
                    new LogicalSwitchPort("", "br-ex_" + node, "localnet", List.of(PortAddress.of("unknown")),
                            List.of(), Optional.empty(), Optional.empty(), Map.of("network_name", "physnet"),
                            Map.of()),
                    routerTypePort("etor-" + gr, "rtoe-" + gr)), List.of(), Map.of(), Map.of()));

            clusterPorts.add(routerPort("rtos-" + node, 0x0a5800000000L + base + 1, ip(base + 1) + "/22", null));
            clusterRoutes.add(new StaticRoute("", IpPrefix.parse(ip(base) + "/22").orElseThrow(), ip(base + 2),
                    RoutePolicy.SRC_IP, Optional.empty(), "", false, false, false, Map.of()));
            List<LogicalSwitchPort> nodePorts = new ArrayList<>();
            nodePorts.add(routerTypePort("stor-" + node, "rtos-" + node));
            nodePorts.add(vif("k8s-" + node, base + 2, Map.of()));
            for (int k = 0; k < podsPerNode; k++) {
                nodePorts.add(vif("default_pod-" + node + "-" + k, base + 3 + k, Map.of("namespace", "default")));
            }
            List<String> held = new ArrayList<>();
            if (nodeLoadBalancers) {
                held.add(nodeLb);
                loadBalancers.add(loadBalancer(nodeLb, "172.18.0." + (i + 2) + ":30080", ip(base + 3) + ":8080"));
            }
            if (clusterLoadBalancer) {
                held.add(clusterLb);
            }
            switches.add(new LogicalSwitch("", node, nodePorts, held, Map.of("subnet", ip(base) + "/22"), Map.of()));
        }
        if (clusterLoadBalancer) {
            loadBalancers.add(loadBalancer(clusterLb, "10.96.0.10:53", "10.128.0.3:53"));
        }
        if (joinSwitch) {
            switches.add(0, new LogicalSwitch("", "join", joinPorts, List.of(), Map.of(), Map.of()));
        }
        routers.add(0, new LogicalRouter("", "ovn_cluster_router", clusterPorts, clusterRoutes, List.of(), List.of(),
                List.of(), Map.of(), Map.of()));
        return new NorthboundDatabase(switches, routers, loadBalancers, List.of());
    }

    private static LogicalRouterPort routerPort(String name, long mac, String network, String peer) {
        return new LogicalRouterPort("", name, Optional.of(new MacAddress(mac)),
                List.of(IpPrefix.parse(network).orElseThrow()), Optional.ofNullable(peer), List.of());
    }

    private static LogicalSwitchPort routerTypePort(String name, String routerPort) {
        return new LogicalSwitchPort("", name, "router", List.of(PortAddress.of("router")), List.of(),
                Optional.of(routerPort), Optional.empty(), Map.of("router-port", routerPort), Map.of());
    }

    private static LogicalSwitchPort vif(String name, int address, Map<String, String> externalIds) {
        String mac = String.format("0a:58:%02x:%02x:%02x:%02x", address >>> 24, (address >> 16) & 0xff,
                (address >> 8) & 0xff, address & 0xff);
        return new LogicalSwitchPort("", name, "", List.of(PortAddress.of(mac + " " + ip(address))), List.of(),
                Optional.empty(), Optional.of(true), Map.of(), externalIds);
    }

    private static LoadBalancer loadBalancer(String name, String vip, String backend) {
        // Switches and routers refer to it by this "UUID".
        return new LoadBalancer(name, name, false, "tcp", List.of(new LoadBalancerVip(
                IpEndpoint.parse(vip).orElseThrow(), List.of(IpEndpoint.parse(backend).orElseThrow()))), Map.of(),
                Map.of(), List.of(), List.of(), Map.of());
    }

    private static String ip(int address) {
        return (address >>> 24) + "." + ((address >> 16) & 0xff) + "." + ((address >> 8) & 0xff) + "."
                + (address & 0xff);
    }
}
