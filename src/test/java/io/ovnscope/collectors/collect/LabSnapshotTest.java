package io.ovnscope.collectors.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.snapshot.SnapshotAssembler;
import io.ovnscope.collectors.snapshot.SnapshotFiles;
import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.host.RuleTarget;
import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabCollection;
import io.ovnscope.testing.LabNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole collection of the lab, the node of seed 004, over its real OpenSSH sshd. The expected values are
 * seed 004's (its topology notes, ovn-nbctl blocks, br-ex flows and iptables rules), not the parser's.
 */
@ExtendWith(Lab.class)
class LabSnapshotTest {
    private static Snapshot snapshot;

    @BeforeAll
    static void collect(LabNode lab) throws Exception {
        snapshot = LabCollection.collect(lab);
    }

    @Test
    void everyCatalogItemComesBackParsedWithNoProblems() {
        assertThat(snapshot.outputs()).extracting(CapturedOutput::item).contains(
                "bridges", "vsctl-show", "nb/show", "nb/Logical_Switch", "nb/Logical_Switch_Port",
                "nb/Logical_Router", "nb/Logical_Router_Port", "nb/Load_Balancer", "nb/Logical_Router_Static_Route",
                "nb/Logical_Router_Policy", "nb/NAT", "nb/Address_Set", "iptables/nat", "iptables/filter",
                "iptables/mangle", "routes", "addresses", "flows/br-ex", "flows/br-int", "ports/br-ex",
                "ports/br-int", "datapath-flows/br-ex");
        // The lab runs no Kubernetes: that item, and only it, is a gap.
        assertThat(snapshot.gaps()).extracting(Gap::item).containsExactly("kubernetes");
        assertThat(snapshot.outputs()).filteredOn(o -> !o.item().equals("kubernetes"))
                .allSatisfy(o -> {
                    assertThat(o.outcome()).as(o.item()).isEqualTo(Outcome.COMPLETED);
                    assertThat(o.problems()).as(o.item()).isEmpty();
                });
        assertThat(snapshot.source().node()).isEqualTo("microshift-dev");
    }

    @Test
    void theSeedsSwitchesRoutersAndPortsAreThere() {
        NorthboundDatabase nb = snapshot.node().northbound();
        assertThat(nb.switches()).extracting(LogicalSwitch::name)
                .containsExactlyInAnyOrder("ext_microshift-dev", "join", "microshift-dev");
        assertThat(nb.routers()).extracting(LogicalRouter::name)
                .containsExactlyInAnyOrder("GR_microshift-dev", "ovn_cluster_router");
        // Seed 004: "port rtoj-GR_microshift-dev mac: 0a:58:64:40:00:02 networks: [100.64.0.2/16]".
        assertThat(nb.routerPort("rtoj-GR_microshift-dev")).hasValueSatisfying(port -> {
            assertThat(port.mac()).map(Object::toString).hasValue("0a:58:64:40:00:02");
            assertThat(port.networks()).extracting(Object::toString).containsExactly("100.64.0.2/16");
        });
        assertThat(nb.routerPort("rtoe-GR_microshift-dev")).hasValueSatisfying(port ->
                assertThat(port.networks()).extracting(Object::toString).containsExactly("192.168.122.14/24"));
        assertThat(nb.routerPort("rtos-microshift-dev")).hasValueSatisfying(port ->
                assertThat(port.networks()).extracting(Object::toString).containsExactly("10.42.0.1/24"));
    }

    @Test
    void theSeedsLoadBalancersHaveTheirVipsExactly() {
        NorthboundDatabase nb = snapshot.node().northbound();
        LoadBalancer dns = nb.loadBalancers().stream()
                .filter(lb -> lb.name().equals("Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev"))
                .findFirst().orElseThrow();
        // Seed: vips : {"10.43.0.10:53"="10.42.0.7:5353", "10.43.0.10:9154"="10.42.0.7:9154"}
        assertThat(dns.vips()).extracting(v -> v.vip() + "=" + v.backends())
                .containsExactly("10.43.0.10:53=[10.42.0.7:5353]", "10.43.0.10:9154=[10.42.0.7:9154]");
        assertThat(dns.protocol()).isEqualTo("tcp");
        LoadBalancer nodePort = nb.loadBalancers().stream()
                .filter(lb -> lb.name().equals("Service_default/svc-nodeport_TCP_node_router+switch_microshift-dev"))
                .findFirst().orElseThrow();
        assertThat(nodePort.vips()).extracting(v -> v.vip() + "=" + v.backends())
                .containsExactly("192.168.122.14:30700=[10.42.0.13:8080]");
        // Seed: the DNS load balancers are on both the node switch and the gateway router.
        assertThat(nb.switchesHolding(dns)).extracting(LogicalSwitch::name).containsExactly("microshift-dev");
        assertThat(nb.routersHolding(dns)).extracting(LogicalRouter::name).containsExactly("GR_microshift-dev");
    }

    @Test
    void theSeedsRoutesPolicyAndGatewayOptionsAreThere() {
        NorthboundDatabase nb = snapshot.node().northbound();
        LogicalRouter gateway = nb.router("GR_microshift-dev").orElseThrow();
        // Seed: lr-route-list GR_microshift-dev.
        assertThat(gateway.staticRoutes()).extracting(r -> r.ipPrefix() + " " + r.nexthop() + " "
                        + r.policy().name().toLowerCase().replace('_', '-') + " " + r.outputPort().orElse(""))
                .containsExactlyInAnyOrder(
                        "169.254.169.0/29 169.254.169.4 dst-ip rtoe-GR_microshift-dev",
                        "10.42.0.0/16 100.64.0.1 dst-ip ",
                        "0.0.0.0/0 192.168.122.1 dst-ip rtoe-GR_microshift-dev");
        assertThat(gateway.options()).containsEntry("lb_force_snat_ip", "router_ip");
        LogicalRouter cluster = nb.router("ovn_cluster_router").orElseThrow();
        assertThat(cluster.staticRoutes()).extracting(r -> r.ipPrefix() + " " + r.nexthop())
                .containsExactly("10.42.0.0/24 10.42.0.2");
        RouterPolicy policy = cluster.policies().get(0);
        // Seed: 1004 inport == "rtos-microshift-dev" && ip4.dst == 192.168.122.14 reroute 10.42.0.2
        assertThat(policy.priority()).isEqualTo(1004);
        assertThat(policy.match()).isEqualTo("inport == \"rtos-microshift-dev\" && ip4.dst == 192.168.122.14");
        assertThat(policy.nexthops()).extracting(Object::toString).containsExactly("10.42.0.2");
    }

    @Test
    void theSeedsBrExFlowsAreThere() {
        List<Flow> brEx = snapshot.node().flows().get("br-ex").flows();
        List<Flow> seed = brEx.stream().filter(f -> f.priority() == 500).toList();
        assertThat(seed).hasSize(2);
        // Seed: priority=500,ip,in_port=LOCAL,nw_dst=10.43.0.0/16,actions=ct(commit,table=2,zone=64001,nat(src=169.254.169.2))
        Action.Ct snat = (Action.Ct) seed.stream()
                .filter(f -> f.match().stream().anyMatch(m -> m.name().equals("nw_dst") && "10.43.0.0".equals(m.value()) && "16".equals(m.mask())))
                .findFirst().orElseThrow().actions().get(0);
        assertThat(snat.commit()).isTrue();
        assertThat(snat.table()).isEqualTo(2);
        assertThat(snat.zone()).isEqualTo(64001L);
        assertThat(snat.nat().addressMin()).isEqualTo("169.254.169.2");
        assertThat(snapshot.node().flows().get("br-int").flows()).hasSizeGreaterThan(100);
    }

    @Test
    void theSeedsNatRulesAndServiceRouteAreThere() {
        List<IptablesRule> nodePort = snapshot.node().iptables().stream()
                .filter(t -> t.name().equals(Optional.of("nat")))
                .flatMap(t -> t.chains().stream())
                .filter(c -> c.name().equals("OVN-KUBE-NODEPORT"))
                .map(IptablesChain::rules).findFirst().orElseThrow();
        // Seed: -A OVN-KUBE-NODEPORT -p tcp -m addrtype --dst-type LOCAL -m tcp --dport 30700 -j DNAT --to-destination 10.43.19.182:7000
        assertThat(nodePort).singleElement().satisfies(rule -> {
            RuleTarget.Dnat dnat = (RuleTarget.Dnat) rule.target();
            assertThat(dnat.to().get(0).firstAddress()).hasValue("10.43.19.182");
            assertThat(rule.text()).contains("--dport 30700");
        });
        // Seed: 10.43.0.0/16 via 169.254.169.4 dev br-ex mtu 1500
        assertThat(snapshot.node().routes()).anySatisfy(route -> {
            assertThat(route.destination()).isEqualTo("10.43.0.0/16");
            assertThat(route.via()).hasValue("169.254.169.4");
            assertThat(route.device()).hasValue("br-ex");
            assertThat(route.mtu()).hasValue(1500);
        });
    }

    @Test
    void aSavedSnapshotOpensAgainWithTheSameData(@TempDir Path dir) throws Exception {
        SnapshotFiles files = new SnapshotFiles(new SnapshotAssembler(OutputKinds.all()));
        for (String name : List.of("lab.json", "lab.json.gz")) {
            Path file = dir.resolve(name);
            files.save(snapshot, file);
            Snapshot reopened = files.open(file);
            assertThat(reopened.source()).isEqualTo(snapshot.source());
            assertThat(reopened.gaps()).isEqualTo(snapshot.gaps());
            assertThat(reopened.outputs()).isEqualTo(snapshot.outputs());
            assertThat(reopened.node().flows()).isEqualTo(snapshot.node().flows());
            assertThat(reopened.node().northbound().loadBalancers())
                    .isEqualTo(snapshot.node().northbound().loadBalancers());
        }
    }
}
