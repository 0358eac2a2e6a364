package io.ovnscope.views.topology;

import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Generated ovn-kubernetes clusters in the shape of the seed's node, repeated: per node a gateway router with
 * its external switch and a node switch with a management port and pods; one join switch and one cluster
 * router shared. For the fold test and the benchmark (100 nodes, 10,000 pods).
 */
public final class ClusterSnapshots {
    private ClusterSnapshots() {
    }

    public static String node(int n) {
        return String.format(Locale.ROOT, "node-%03d", n);
    }

    public static Snapshot of(int nodes, int podsPerNode) {
        List<LogicalSwitch> switches = new ArrayList<>();
        List<LogicalRouter> routers = new ArrayList<>();
        List<LogicalSwitchPort> joinPorts = new ArrayList<>();
        List<LogicalRouterPort> clusterPorts = new ArrayList<>();
        clusterPorts.add(routerPort("rtoj-ovn_cluster_router", 1, "100.64.0.1/16"));
        joinPorts.add(routerSide("jtor-ovn_cluster_router", "rtoj-ovn_cluster_router"));
        for (int n = 0; n < nodes; n++) {
            String node = node(n);
            String gateway = "GR_" + node;
            routers.add(router(gateway, List.of(
                    routerPort("rtoe-" + gateway, 1000 + n, "172.18.%d.%d/16".formatted(n / 200, 2 + n % 200)),
                    routerPort("rtoj-" + gateway, 2000 + n, "100.64.%d.%d/16".formatted(n / 200, 2 + n % 200)))));
            switches.add(logicalSwitch("ext_" + node, List.of(
                    new LogicalSwitchPort("", "br-ex_" + node, "localnet", List.of(PortAddress.of("unknown")),
                            List.of(), Optional.empty(), Optional.empty(), Map.of("network_name", "physnet"),
                            Map.of()),
                    routerSide("etor-" + gateway, "rtoe-" + gateway))));
            joinPorts.add(routerSide("jtor-" + gateway, "rtoj-" + gateway));
            clusterPorts.add(routerPort("rtos-" + node, 3000 + n, "10.%d.%d.1/24".formatted(128 + n / 250, n % 250)));
            List<LogicalSwitchPort> nodePorts = new ArrayList<>();
            nodePorts.add(routerSide("stor-" + node, "rtos-" + node));
            nodePorts.add(vif("k8s-" + node, 4000 + n, "10.%d.%d.2".formatted(128 + n / 250, n % 250)));
            for (int p = 0; p < podsPerNode; p++) {
                nodePorts.add(vif("default_pod-%d-%d".formatted(n, p), 100_000 + n * 1000L + p,
                        "10.%d.%d.%d".formatted(128 + n / 250, n % 250, 3 + p % 250)));
            }
            switches.add(logicalSwitch(node, nodePorts));
        }
        switches.add(logicalSwitch("join", joinPorts));
        routers.add(router("ovn_cluster_router", clusterPorts));
        NorthboundDatabase northbound = new NorthboundDatabase(switches, routers, List.of(), List.of());
        NodeState state = new NodeState(Map.of(), Map.of(), Map.of(), Optional.empty(), northbound, List.of(),
                List.of(), List.of(), List.of());
        return new Snapshot(Snapshot.FORMAT_VERSION, new SnapshotSource(SnapshotSource.Origin.IMPORT, node(0),
                "generated", Instant.parse("2026-11-22T18:00:00Z")), List.of(), List.of(), state);
    }

    private static LogicalSwitch logicalSwitch(String name, List<LogicalSwitchPort> ports) {
        return new LogicalSwitch("", name, ports, List.of(), Map.of(), Map.of());
    }

    private static LogicalRouter router(String name, List<LogicalRouterPort> ports) {
        return new LogicalRouter("", name, ports, List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of());
    }

    private static LogicalRouterPort routerPort(String name, long mac, String network) {
        return new LogicalRouterPort("", name, Optional.of(new MacAddress(0x0a5800000000L + mac)),
                List.of(IpPrefix.parse(network).orElseThrow()), Optional.empty(), List.of());
    }

    private static LogicalSwitchPort routerSide(String name, String routerPort) {
        return new LogicalSwitchPort("", name, "router", List.of(PortAddress.of("router")), List.of(),
                Optional.of(routerPort), Optional.empty(), Map.of("router-port", routerPort), Map.of());
    }

    private static LogicalSwitchPort vif(String name, long mac, String ip) {
        String macText = String.format(Locale.ROOT, "0a:58:%02x:%02x:%02x:%02x", (mac >> 24) & 0xff,
                (mac >> 16) & 0xff, (mac >> 8) & 0xff, mac & 0xff);
        return new LogicalSwitchPort("", name, "", List.of(PortAddress.of(macText + " " + ip)), List.of(),
                Optional.empty(), Optional.of(true), Map.of(), Map.of());
    }
}
