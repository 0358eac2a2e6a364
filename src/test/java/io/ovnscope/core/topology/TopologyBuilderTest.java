package io.ovnscope.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.collectors.parse.ovn.NorthboundAssembler;
import io.ovnscope.core.model.k8s.Pod;
import io.ovnscope.testing.ClasspathFixtures;
import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.FixtureSnapshots;
import io.ovnscope.testing.OvnClusterGenerator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The graph drawn from snapshots. Expected counts are worked out by hand from the lab's seed script
 * (src/test/lab/ovn-nb-seed.sh) and the captured tables, and from what {@link OvnClusterGenerator} creates.
 */
class TopologyBuilderTest {
    @Test
    void theDemosNorthboundGivesTheSeedsElements() {
        Topology topology = TopologyBuilder.build(FixtureSnapshots.demo());
        // Tables: 2 routers, 4 router ports, 3 switches, 9 switch ports, 5 load balancers = 23.
        assertThat(topology.graph().vertexSet()).hasSize(23);
        // Owns: 4 router ports + 9 switch ports; peers: 4 (rtoe/etor, rtoj/jtor twice, rtos/stor);
        // load balancers: the node switch holds 4 and the gateway router 4 (seed script's ls-lb-add, lr-lb-add).
        assertThat(topology.graph().edgeSet()).hasSize(13 + 4 + 8);
        assertThat(kinds(topology)).containsEntry(ElementKind.ROUTER, 2L).containsEntry(ElementKind.ROUTER_PORT, 4L)
                .containsEntry(ElementKind.SWITCH, 3L).containsEntry(ElementKind.SWITCH_PORT, 5L)
                .containsEntry(ElementKind.MANAGEMENT_PORT, 1L).containsEntry(ElementKind.POD, 3L)
                .containsEntry(ElementKind.LOAD_BALANCER, 5L);

        TopologyElement join = element(topology, "router-port:rtoj-GR_microshift-dev");
        assertThat(join.addresses()).containsExactly("0a:58:64:40:00:02", "100.64.0.2/16");
        assertThat(element(topology, "router-port:rtos-microshift-dev").addresses())
                .containsExactly("0a:58:0a:2a:00:01", "10.42.0.1/24");
        TopologyElement pod = element(topology, "switch-port:default_pod-1");
        assertThat(pod).isInstanceOf(PodElement.class);
        assertThat(pod.name()).isEqualTo("default/pod-1");
        assertThat(pod.addresses()).containsExactly("0a:58:0a:2a:00:0c", "10.42.0.12");
        // nbctl-json-list-Logical_Switch_Port.json: default_pod-1's _uuid.
        assertThat(pod.source()).contains(new SourceRef("Logical_Switch_Port", "70b8b79f-6399-4248-ab5b-df57f030d673"));
        // The management port is found by data: ovn_cluster_router's policy 1004 reroutes to 10.42.0.2.
        assertThat(element(topology, "switch-port:k8s-microshift-dev")).isInstanceOf(ManagementPortElement.class);
        assertThat(linked(topology, "router-port:rtoe-GR_microshift-dev", "switch-port:etor-GR_microshift-dev"))
                .isTrue();
    }

    @Test
    void theDemosLanesPutNodeDevicesInTheNodesLaneAndJoinInTheSharedOne() {
        Topology topology = TopologyBuilder.build(FixtureSnapshots.demo());
        assertThat(topology.lanes()).containsExactly("microshift-dev");
        assertThat(element(topology, "router:GR_microshift-dev").node()).isEqualTo("microshift-dev");
        assertThat(element(topology, "switch:ext_microshift-dev").node()).isEqualTo("microshift-dev");
        assertThat(element(topology, "switch:join").node()).isEmpty();
        assertThat(element(topology, "router:ovn_cluster_router").node()).isEmpty();
        // A shared router's port into the node's switch is drawn in the node's lane.
        assertThat(element(topology, "router-port:rtos-microshift-dev").node()).isEqualTo("microshift-dev");
    }

    @Test
    void theFullDemoAddsTheHostSideFromBridgesRoutesAndAddresses() {
        Topology topology = TopologyBuilder.build(DemoSnapshot.full());
        // The 23 northbound elements + host + br-ex (carries the localnet port's patch) + enp1s0 (the default
        // route's device: the lab's br-ex has no system port) + the external network.
        assertThat(topology.graph().vertexSet()).hasSize(27);
        // 25 northbound links + host-br-ex, br-ex-localnet port, uplink-host, external network-uplink, and
        // host-management port (ovn-k8s-mp0 holds 10.42.0.2, the port's address).
        assertThat(topology.graph().edgeSet()).hasSize(30);
        assertThat(linked(topology, "host:microshift-dev", "switch-port:k8s-microshift-dev")).isTrue();
        assertThat(linked(topology, "bridge:br-ex", "switch-port:br-ex_microshift-dev")).isTrue();
        assertThat(linked(topology, "host:microshift-dev", "bridge:br-ex")).isTrue();
        assertThat(linked(topology, "uplink:enp1s0", "host:microshift-dev")).isTrue();
        assertThat(linked(topology, "external-network:microshift-dev", "uplink:enp1s0")).isTrue();
        // ip route: "default via 192.168.122.1 dev enp1s0", "192.168.122.0/24 dev enp1s0 ... scope link".
        assertThat(element(topology, "external-network:microshift-dev").addresses())
                .containsExactly("gw 192.168.122.1", "192.168.122.0/24");
        assertThat(element(topology, "uplink:enp1s0").addresses()).containsExactly("5e:9b:ff:33:a5:12",
                "192.168.122.14/24");
        assertThat(element(topology, "bridge:br-ex").addresses()).containsExactly("72:7a:e3:33:90:49",
                "169.254.169.2/29");
        // ovn-k8s-mp0 holds 10.42.0.2, the management port's address.
        assertThat(element(topology, "switch-port:k8s-microshift-dev").details())
                .contains(new Detail("host interface", "ovn-k8s-mp0"));
        assertThat(element(topology, "switch-port:k8s-microshift-dev").addresses())
                .containsExactly("host: ovn-k8s-mp0", "76:3a:81:5a:05:d7", "10.42.0.2");
    }

    @Test
    void twoNodesGiveTwoLanesAndTheCountsWorkedOutByHand() {
        Topology topology = TopologyBuilder.build(new OvnClusterGenerator(2, 3, true, true, false).snapshot());
        // Routers: cluster + 2 gateways = 3. Router ports: rtoj-cluster + 2 rtos + 2 x (rtoe, rtoj) = 7.
        // Switches: join + 2 ext + 2 node = 5. Switch ports: join 3, ext 2 x 2, node 2 x (stor, k8s, 3 pods).
        // Load balancers: 1 per node = 2.
        assertThat(topology.graph().vertexSet()).hasSize(3 + 7 + 5 + (3 + 4 + 10) + 2);
        // Owns 7 + 17; peers 7 (every router port has one); each load balancer on a switch and a router: 4.
        assertThat(topology.graph().edgeSet()).hasSize(24 + 7 + 4);
        assertThat(topology.lanes()).containsExactly("node-01", "node-02");
        assertThat(element(topology, "router:GR_node-02").node()).isEqualTo("node-02");
        assertThat(element(topology, "switch-port:jtor-GR_node-02").node()).isEqualTo("node-02");
        assertThat(element(topology, "switch:join").node()).isEmpty();
    }

    @Test
    void tenNodesGiveTheCountsWorkedOutByHand() {
        Topology topology = TopologyBuilder.build(new OvnClusterGenerator(10, 3, true, true, false).snapshot());
        // Routers 11; router ports 1 + 10 rtos + 20 = 31; switches 21; switch ports join 11 + ext 20 + node 50;
        // load balancers 10.
        assertThat(topology.graph().vertexSet()).hasSize(11 + 31 + 21 + 81 + 10);
        // Owns 31 + 81; peers 31; load balancer links 20.
        assertThat(topology.graph().edgeSet()).hasSize(112 + 31 + 20);
        assertThat(topology.lanes()).hasSize(10).startsWith("node-01").endsWith("node-10");
    }

    @Test
    void withoutAJoinSwitchGatewayRoutersPeerTheClusterRouterDirectly() {
        Topology topology = TopologyBuilder.build(new OvnClusterGenerator(2, 3, false, false, false).snapshot());
        // Routers 3; router ports: 2 x (rtoe, rtoj) + 2 rtos + 2 rtog = 8; switches 2 ext + 2 node = 4;
        // switch ports: ext 4 + node 2 x 5 = 14.
        assertThat(topology.graph().vertexSet()).hasSize(3 + 8 + 4 + 14);
        // Owns 8 + 14; peers: rtoe/etor 2, rtos/stor 2, rtoj/rtog 2 (one link for both peer columns).
        assertThat(topology.graph().edgeSet()).hasSize(22 + 6);
        assertThat(topology.elements()).noneMatch(e -> e.name().equals("join"));
        assertThat(linked(topology, "router-port:rtog-node-02", "router-port:rtoj-GR_node-02")).isTrue();
        assertThat(element(topology, "router-port:rtog-node-02").node()).isEqualTo("node-02");
    }

    @Test
    void aLoadBalancerOnASwitchAndARouterIsLinkedToBoth() {
        Topology topology = TopologyBuilder.build(new OvnClusterGenerator(2, 1, true, true, true).snapshot());
        TopologyElement nodeLb = element(topology, "load-balancer:lb-node-02");
        assertThat(neighbours(topology, nodeLb)).containsExactlyInAnyOrder("router:GR_node-02", "switch:node-02");
        assertThat(nodeLb.node()).isEqualTo("node-02");
        assertThat(nodeLb.addresses()).containsExactly("172.18.0.3:30080/tcp");
        // The cluster one is on both node switches: shared, one link each.
        TopologyElement clusterLb = element(topology, "load-balancer:lb-cluster");
        assertThat(neighbours(topology, clusterLb)).containsExactlyInAnyOrder("switch:node-01", "switch:node-02");
        assertThat(clusterLb.node()).isEmpty();
    }

    @Test
    void podsFoldIntoAGroupAboveTheThresholdAndUnfoldOnDemand() {
        var snapshot = new OvnClusterGenerator(1, 20, true, false, false).snapshot();
        Topology folded = TopologyBuilder.build(snapshot);
        PodGroupElement group = (PodGroupElement) element(folded, "pods-of:switch:node-01");
        assertThat(group.count()).isEqualTo(20);
        assertThat(group.name()).isEqualTo("20 pods");
        assertThat(group.switchId()).isEqualTo("switch:node-01");
        assertThat(folded.elements()).noneMatch(e -> e instanceof PodElement);

        Topology unfolded = TopologyBuilder.build(snapshot, folded.fold().unfold("switch:node-01"));
        assertThat(unfolded.elements().stream().filter(e -> e instanceof PodElement)).hasSize(20);
        assertThat(unfolded.elements()).noneMatch(e -> e instanceof PodGroupElement);
        // Twelve or fewer stay one by one.
        Topology twelve = TopologyBuilder.build(new OvnClusterGenerator(1, 12, true, false, false).snapshot());
        assertThat(twelve.elements().stream().filter(e -> e instanceof PodElement)).hasSize(12);
    }

    @Test
    void renamedDevicesComeOutTheSameBecauseNamesOnlyOrderLanes() {
        OvnClusterGenerator cluster = new OvnClusterGenerator(1, 2, true, true, false);
        NorthboundDatabase northbound = cluster.northbound();
        Map<String, String> names = Map.of("GR_node-01", "edge-a", "ovn_cluster_router", "core",
                "ext_node-01", "outside", "join", "transit", "node-01", "pods-a");
        NorthboundDatabase renamed = new NorthboundDatabase(
                northbound.switches().stream().map(s -> new LogicalSwitch(s.uuid(), names.get(s.name()), s.ports(),
                        s.loadBalancerUuids(), s.otherConfig(), s.externalIds())).toList(),
                northbound.routers().stream().map(r -> new LogicalRouter(r.uuid(), names.get(r.name()), r.ports(),
                        r.staticRoutes(), r.policies(), r.nats(), r.loadBalancerUuids(), r.options(),
                        r.externalIds())).toList(),
                northbound.loadBalancers(), northbound.addressSets());
        Snapshot original = cluster.snapshot();
        NodeState state = original.node();
        Snapshot snapshot = new Snapshot(original.formatVersion(), original.source(), List.of(), List.of(),
                new NodeState(state.flows(), state.ports(), state.datapathFlows(), state.ovs(), renamed,
                        state.iptables(), state.routes(), state.interfaces(), state.kubernetes()));

        Topology before = TopologyBuilder.build(original);
        Topology after = TopologyBuilder.build(snapshot);
        assertThat(kinds(after)).isEqualTo(kinds(before));
        assertThat(after.graph().edgeSet()).hasSameSizeAs(before.graph().edgeSet());
        assertThat(element(after, "router:edge-a")).isInstanceOf(RouterElement.class);
        assertThat(element(after, "switch-port:k8s-node-01")).isInstanceOf(ManagementPortElement.class);
        assertThat(linked(after, "load-balancer:lb-node-01", "router:edge-a")).isTrue();
    }

    @Test
    void aNorthboundThatIsNotOvnKubernetesStillComesOutWhole() {
        Topology topology = TopologyBuilder.build(variety());
        // variety-json-list-*.json: lab-switch with lab-vm1 (MAC, 10.0.0.5, fd00::5) and lab-vm2 ("dynamic",
        // nothing assigned yet); lab-router with lab-inside and lab-public (no peers) and 3 load balancers.
        assertThat(topology.graph().vertexSet()).hasSize(3 + 3 + 3);
        assertThat(topology.graph().edgeSet()).hasSize(2 + 2 + 3);
        assertThat(element(topology, "switch-port:lab-vm1")).isInstanceOf(PodElement.class);
        assertThat(element(topology, "switch-port:lab-vm1").addresses())
                .containsExactly("0a:00:00:00:00:05", "10.0.0.5", "fd00::5");
        assertThat(element(topology, "switch-port:lab-vm2")).isInstanceOf(SwitchPortElement.class);
        assertThat(element(topology, "router-port:lab-public").addresses())
                .containsExactly("0a:00:00:00:00:01", "172.24.4.1/24", "2001:db8::1/64");
        // No node names, no Kubernetes: everything is in the shared lane.
        assertThat(topology.lanes()).isEmpty();
    }

    @Test
    void kubernetesPodsNameThePortsAndPutTheirSwitchInTheirNodesLane() {
        NorthboundDatabase northbound = new OvnClusterGenerator(1, 2, true, false, false).northbound();
        // Rename the node switch so that no name says which node it serves; the pods still do.
        NorthboundDatabase renamed = new NorthboundDatabase(northbound.switches().stream()
                .map(s -> s.name().equals("node-01") ? new LogicalSwitch(s.uuid(), "workers-a", s.ports(),
                        s.loadBalancerUuids(), s.otherConfig(), s.externalIds()) : s).toList(),
                northbound.routers(), northbound.loadBalancers(), northbound.addressSets());
        // The generator's first pod has 10.128.0.3 (node 1's /22 + 3).
        Pod web = new Pod(1, "shop", "web-7d9f", Optional.of("node-07"), List.of("10.128.0.3"), Optional.empty(),
                false, Optional.of("Running"));
        Topology topology = TopologyBuilder.build(OvnClusterGenerator.snapshotOf("node-01", renamed, List.of(web)));
        TopologyElement pod = element(topology, "switch-port:default_pod-node-01-0");
        assertThat(pod.name()).isEqualTo("shop/web-7d9f");
        assertThat(pod.details()).contains(new Detail("node", "node-07"), new Detail("phase", "Running"));
        assertThat(element(topology, "switch:workers-a").node()).isEqualTo("node-07");
        assertThat(topology.lanes()).containsExactly("node-01", "node-07");
    }

    static Snapshot variety() {
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        for (String table : List.of("Logical_Switch", "Logical_Switch_Port", "Logical_Router", "Logical_Router_Port",
                "Load_Balancer", "Logical_Router_Static_Route", "Logical_Router_Policy", "NAT")) {
            outputs.put(table, ClasspathFixtures.captured("ovn", "variety-json-list-" + table + ".json"));
        }
        return OvnClusterGenerator.snapshotOf("lab", NorthboundAssembler.assemble(outputs).items().get(0),
                List.of());
    }

    @Test
    void theSameSnapshotGivesTheSameIdsInTheSameOrder() {
        var snapshot = new OvnClusterGenerator(3, 4, true, true, true).snapshot();
        assertThat(TopologyBuilder.build(snapshot).elements().stream().map(TopologyElement::id).toList())
                .isEqualTo(TopologyBuilder.build(snapshot).elements().stream().map(TopologyElement::id).toList());
    }

    static TopologyElement element(Topology topology, String id) {
        return topology.element(id).orElseThrow(() -> new AssertionError("no element " + id + " in "
                + topology.elements().stream().map(TopologyElement::id).toList()));
    }

    private static boolean linked(Topology topology, String a, String b) {
        return topology.links().stream().anyMatch(l -> (l.sourceId().equals(a) && l.targetId().equals(b))
                || (l.sourceId().equals(b) && l.targetId().equals(a)));
    }

    private static List<String> neighbours(Topology topology, TopologyElement element) {
        return topology.graph().edgesOf(element).stream()
                .map(l -> l.sourceId().equals(element.id()) ? l.targetId() : l.sourceId()).toList();
    }

    private static Map<ElementKind, Long> kinds(Topology topology) {
        return topology.elements().stream().collect(Collectors.groupingBy(TopologyElement::kind,
                Collectors.counting()));
    }
}
