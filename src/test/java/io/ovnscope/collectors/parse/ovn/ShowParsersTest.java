package io.ovnscope.collectors.parse.ovn;

import static io.ovnscope.testing.ClasspathFixtures.captured;
import static io.ovnscope.testing.ClasspathFixtures.realdata;
import static io.ovnscope.testing.ClasspathFixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.Chassis;
import io.ovnscope.core.model.ovn.ListedEntity;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NatType;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShowParsersTest {
    private static NorthboundDatabase show(String text) {
        return new NbctlShowParser().parse(text).items().get(0);
    }

    @Test
    void kubeOvnShowWithUpperCaseMacs() {
        Parsed<NorthboundDatabase> parsed = new NbctlShowParser().parse(realdata("20-kubectl-ko-nbctl-show--kube-ovn.txt"));
        NorthboundDatabase db = parsed.items().get(0);
        assertThat(db.switches()).extracting(LogicalSwitch::name).containsExactly("snat", "join", "central", "ovn-default");
        assertThat(db.logicalSwitch("join").orElseThrow().ports()).hasSize(4);
        LogicalSwitchPort node3 = db.switchPort("node-liumengxin-ovn3-192.168.137.178").orElseThrow();
        assertThat(node3.addresses()).singleElement().satisfies(a -> {
            assertThat(a.mac()).contains(MacAddress.parse("00:00:00:64:ff:a8").orElseThrow());
            assertThat(a.ips()).containsExactly(IpAddress.parse("100.64.0.4").orElseThrow());
        });
        LogicalSwitchPort snatPort = db.switchPort("snat-ovn-cluster").orElseThrow();
        assertThat(snatPort.type()).isEqualTo("router");
        assertThat(snatPort.routerPort()).contains("ovn-cluster-snat");
        LogicalRouter router = db.router("212f73dd-d63d-4d72-864b-a537e9afbee1").orElseThrow();
        assertThat(router.name()).isEqualTo("ovn-cluster");
        assertThat(router.ports()).hasSize(4);
        LogicalRouterPort defaultPort = router.port("ovn-cluster-ovn-default").orElseThrow();
        assertThat(defaultPort.mac()).hasValueSatisfying(m -> assertThat(m).hasToString("00:00:00:a3:f8:18"));
        assertThat(defaultPort.networks()).containsExactly(IpPrefix.parse("10.16.0.1/16").orElseThrow());
        assertThat(db.switchPortPeering("ovn-cluster-join")).hasValueSatisfying(
                p -> assertThat(p.name()).isEqualTo("join-ovn-cluster"));
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1);
    }

    @Test
    void threeGatewayRoutersWithDualStackNetworks() {
        Parsed<NorthboundDatabase> parsed = new NbctlShowParser()
                .parse(realdata("32-ovn-nbctl-show-GR-dualstack--ovn-kubernetes-l2-udn.txt"));
        NorthboundDatabase db = parsed.items().get(0);
        assertThat(db.routers()).hasSize(3);
        LogicalRouterPort port = db.router("GR_test12_namespace.scoped_ovn-worker").orElseThrow().ports().get(0);
        assertThat(port.name()).isEqualTo("rtos-test12_namespace.scoped_ovn_layer2_switch");
        assertThat(port.networks()).extracting(IpPrefix::toString)
                .containsExactly("100.65.0.2/16", "2010:100:200::1/60", "203.203.0.1/16", "fd99::2/64");
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1, 8, 15);
    }

    @Test
    void abbreviatedTutorialOutputIsReadWithEveryEditReported() {
        Parsed<NorthboundDatabase> parsed = new NbctlShowParser()
                .parse(realdata("34-ovn-nbctl-show-abbrev--ovn-openstack-tutorial-EDITED.txt"));
        NorthboundDatabase db = parsed.items().get(0);
        assertThat(db.switches()).extracting(LogicalSwitch::name, LogicalSwitch::uuid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("neutron-332346", ""),
                        org.assertj.core.groups.Tuple.tuple("neutron-5b6baf", ""));
        assertThat(db.switchPort("2e585f").orElseThrow().addresses().get(0).ips()).extracting(IpAddress::toString)
                .containsExactly("10.1.2.7", "fc22::7");
        assertThat(db.routerPort("lrp-1a8162").orElseThrow().networks()).extracting(IpPrefix::toString)
                .containsExactly("fc22::1/64");
        // prompt 1, elisions 2 and 23, shortened UUIDs and "(aka ...)" on 3, 10, 12, 16, 18, 24
        assertThat(parsed.problems()).extracting(Problem::line)
                .containsExactly(1, 2, 3, 3, 10, 12, 12, 16, 18, 23, 24, 24);
        assertThat(parsed.problems().get(1).reason()).contains("elision");
        assertThat(parsed.problems().get(2).reason()).contains("'f51234' is not a full UUID");
        assertThat(parsed.problems().get(3).reason()).contains("'(aka n2)' is not ovn-nbctl output");
    }

    @Test
    void grepCutPortsAreReportedNotGuessedIntoARouter() {
        Parsed<NorthboundDatabase> parsed = new NbctlShowParser()
                .parse(seed("004-nbctl-show-grep-192.168.122.14-FILTERED-EDITED.txt"));
        assertThat(parsed.items().get(0).routers()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1, 2, 3, 4);
        assertThat(parsed.problems().get(1).reason()).contains("outside any switch or router");
        assertThat(new NbctlShowParser().parse(seed("004-nbctl-show-grep-100.64.0.2-FILTERED.txt")).problems())
                .extracting(Problem::line).containsExactly(1, 2, 3, 4);
    }

    @Test
    void capturedShowOfTheSeedTopology() {
        Parsed<NorthboundDatabase> parsed = new NbctlShowParser().parse(captured("ovn", "nbctl-show.txt"));
        assertThat(parsed.problems()).isEmpty();
        NorthboundDatabase db = parsed.items().get(0);
        assertThat(db.switches()).extracting(LogicalSwitch::name)
                .containsExactly("join", "microshift-dev", "ext_microshift-dev");
        assertThat(db.routers()).extracting(LogicalRouter::name).containsExactly("ovn_cluster_router", "GR_microshift-dev");
        assertThat(db.logicalSwitch("microshift-dev").orElseThrow().ports()).hasSize(5);
        assertThat(db.switchPort("k8s-microshift-dev").orElseThrow().addresses().get(0).text())
                .isEqualTo("76:3a:81:5a:05:d7 10.42.0.2");
        assertThat(db.switchPort("br-ex_microshift-dev").orElseThrow().addresses().get(0).isKeyword("unknown")).isTrue();
        LogicalRouterPort rtoe = db.routerPort("rtoe-GR_microshift-dev").orElseThrow();
        assertThat(rtoe.mac()).hasValueSatisfying(m -> assertThat(m).hasToString("52:54:00:e2:ed:d0"));
        assertThat(rtoe.networks()).extracting(IpPrefix::toString).containsExactly("192.168.122.14/24");
        assertThat(db.routerOfPort("rtoj-ovn_cluster_router")).hasValueSatisfying(
                r -> assertThat(r.name()).isEqualTo("ovn_cluster_router"));
        Nat nat = db.router("GR_microshift-dev").orElseThrow().nats().get(0);
        assertThat(nat).isEqualTo(new Nat("87e23cf7-9919-4249-a4b2-3281c3404264", NatType.SNAT,
                IpAddress.parse("192.168.122.14").orElseThrow(), IpPrefix.parse("10.42.0.0/16").orElseThrow(),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void southboundChassisWithEncapsAndPortBindings() {
        Parsed<Chassis> parsed = new SbctlShowParser().parse(realdata("43-kubectl-ko-sbctl-show--kube-ovn.txt"));
        assertThat(parsed.items()).extracting(Chassis::hostname)
                .containsExactly("node1.cluster.local", "node2.cluster.local", "node3.cluster.local");
        Chassis node1 = parsed.items().get(0);
        assertThat(node1.name()).isEqualTo("36f129a9-276f-4d96-964b-7d3703001b81");
        assertThat(node1.encaps()).containsExactly(new Chassis.Encap("geneve", "10.0.129.96", Map.of("csum", "true")));
        assertThat(node1.portBindings()).hasSize(6).contains("node-node1", "ds1-l6n7p.default");
        assertThat(parsed.items().get(2).portBindings()).hasSize(5);
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1);
    }

    @Test
    void realSouthboundShowWithUnquotedNamesAndAChassisWithoutHostname() {
        Parsed<Chassis> parsed = new SbctlShowParser().parse(captured("ovn", "sbctl-show.txt"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).extracting(Chassis::name, Chassis::hostname).containsExactly(
                org.assertj.core.groups.Tuple.tuple("275588ee-e349-4824-9d80-106bd275228f", "microshift-dev"),
                org.assertj.core.groups.Tuple.tuple("worker-2", ""));
        assertThat(parsed.items().get(0).portBindings()).containsExactly("default_pod-1", "k8s-microshift-dev",
                "default_pod-2", "openshift-dns_dns-default-pt2vr");
        assertThat(parsed.items().get(1).encaps()).containsExactly(
                new Chassis.Encap("geneve", "192.168.122.15", Map.of("csum", "true")));
        assertThat(parsed.items().get(1).portBindings()).isEmpty();
    }

    @Test
    void switchAndRouterListsFromTheSeedAndCapture() {
        Parsed<ListedEntity> switches = new EntityListParser().parse(seed("004-nbctl-ls-list.txt"));
        assertThat(switches.items()).extracting(ListedEntity::name)
                .containsExactly("ext_microshift-dev", "join", "microshift-dev");
        assertThat(switches.items().get(2).uuid()).isEqualTo("20d9b50e-5c97-4192-9f2c-035fd0d22109");
        assertThat(switches.problems()).extracting(Problem::line).containsExactly(1);
        assertThat(new EntityListParser().parse(captured("ovn", "nbctl-ls-list.txt")).items()).extracting(ListedEntity::name)
                .containsExactlyElementsOf(switches.items().stream().map(ListedEntity::name).toList());
        assertThat(new EntityListParser().parse(seed("004-nbctl-lr-list.txt")).items()).extracting(ListedEntity::name)
                .containsExactly("GR_microshift-dev", "ovn_cluster_router");
    }

    @Test
    void routerOptionsFromTheSeedEqualTheRealOnes() {
        Parsed<Map<String, String>> fromSeed = new OvsdbMapParser().parse(seed("004-nbctl-get-logical_router-GR-options.txt"));
        assertThat(fromSeed.items()).singleElement().satisfies(options -> assertThat(options).containsExactly(
                Map.entry("always_learn_from_arp_request", "false"),
                Map.entry("chassis", "275588ee-e349-4824-9d80-106bd275228f"),
                Map.entry("dynamic_neigh_routers", "true"),
                Map.entry("lb_force_snat_ip", "router_ip"),
                Map.entry("snat-ct-zone", "0")));
        assertThat(fromSeed.problems()).extracting(Problem::line).containsExactly(1);
        assertThat(new OvsdbMapParser().parse(captured("ovn", "nbctl-get-logical_router-GR_microshift-dev-options.txt")).items())
                .isEqualTo(fromSeed.items());
        Parsed<Map<String, String>> cut = new OvsdbMapParser().parse("{always_learn_from_arp_request=\"false\", chass");
        assertThat(cut.items()).isEmpty();
        assertThat(cut.problems()).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("a broken or cut map"));
    }

    @Test
    void natListColumnsReadByWhatEachWordIs() {
        Parsed<Nat> captured = new NatListParser().parse(captured("ovn", "nbctl-lr-nat-list-GR_microshift-dev.txt"));
        assertThat(captured.problems()).isEmpty();
        assertThat(captured.items()).singleElement().satisfies(n -> {
            assertThat(n.type()).isEqualTo(NatType.SNAT);
            assertThat(n.externalIp()).hasToString("192.168.122.14");
            assertThat(n.logicalIp()).hasToString("10.42.0.0/16");
        });
        String floating = "TYPE             GATEWAY_PORT          EXTERNAL_IP        EXTERNAL_PORT    LOGICAL_IP          EXTERNAL_MAC         LOGICAL_PORT\n"
                + "dnat_and_snat                          172.24.4.10                         10.0.0.5            fa:16:3e:00:00:01    vm1-port\n"
                + "dnat             lr0-public            172.24.4.11        8080             10.0.0.6\n"
                + "snat                                   not-an-ip                           10.0.0.0/24\n";
        Parsed<Nat> parsed = new NatListParser().parse(floating);
        assertThat(parsed.items()).hasSize(2);
        assertThat(parsed.items().get(0).externalMac()).hasValueSatisfying(m -> assertThat(m).hasToString("fa:16:3e:00:00:01"));
        assertThat(parsed.items().get(0).logicalPort()).contains("vm1-port");
        assertThat(parsed.items().get(1).logicalIp()).hasToString("10.0.0.6/32");
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(4);
    }
}
