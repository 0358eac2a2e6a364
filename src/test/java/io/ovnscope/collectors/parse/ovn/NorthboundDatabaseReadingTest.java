package io.ovnscope.collectors.parse.ovn;

import static io.ovnscope.testing.ClasspathFixtures.captured;
import static io.ovnscope.testing.ClasspathFixtures.realdata;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.ovn.AddressSet;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.RoutePolicy;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NorthboundDatabaseReadingTest {
    private static final List<String> TABLES = List.of("Logical_Switch", "Logical_Switch_Port", "Logical_Router",
            "Logical_Router_Port", "Load_Balancer", "Logical_Router_Static_Route", "Logical_Router_Policy", "NAT",
            "Address_Set");

    private static Map<String, String> outputs(boolean json) {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String table : TABLES) {
            outputs.put(table, captured("ovn", json ? "nbctl-json-list-" + table + ".json" : "nbctl-list-" + table + ".txt"));
        }
        return outputs;
    }

    private static NorthboundDatabase assembled(boolean json) {
        Parsed<NorthboundDatabase> parsed = NorthboundAssembler.assemble(outputs(json));
        assertThat(parsed.problems()).isEmpty();
        return parsed.items().get(0);
    }

    @Test
    void jsonOfTheSeedTopologyResolvesEveryReference() {
        NorthboundDatabase db = assembled(true);
        assertThat(db.switches()).extracting(LogicalSwitch::name)
                .containsExactlyInAnyOrder("ext_microshift-dev", "join", "microshift-dev");
        assertThat(db.routers()).extracting(LogicalRouter::name)
                .containsExactlyInAnyOrder("GR_microshift-dev", "ovn_cluster_router");
        assertThat(db.loadBalancers()).hasSize(5);
        LogicalSwitch node = db.logicalSwitch("microshift-dev").orElseThrow();
        assertThat(node.ports()).extracting(LogicalSwitchPort::name).containsExactlyInAnyOrder("stor-microshift-dev",
                "k8s-microshift-dev", "default_pod-1", "default_pod-2", "openshift-dns_dns-default-pt2vr");
        assertThat(node.otherConfig()).containsEntry("subnet", "10.42.0.0/24").containsEntry("exclude_ips", "10.42.0.2");
        assertThat(db.loadBalancersOf(node)).hasSize(4);
        LogicalSwitchPort pod1 = node.port("default_pod-1").orElseThrow();
        assertThat(pod1.addresses().get(0).ips()).containsExactly(IpAddress.parse("10.42.0.12").orElseThrow());
        assertThat(pod1.externalIds()).containsEntry("namespace", "default");
        assertThat(pod1.up()).isEmpty();

        LogicalRouter gr = db.router("GR_microshift-dev").orElseThrow();
        assertThat(gr.options()).containsEntry("lb_force_snat_ip", "router_ip")
                .containsEntry("chassis", "275588ee-e349-4824-9d80-106bd275228f");
        assertThat(gr.staticRoutes()).extracting(r -> r.ipPrefix().toString())
                .containsExactlyInAnyOrder("10.42.0.0/16", "169.254.169.0/29", "0.0.0.0/0");
        assertThat(gr.staticRoutes()).noneMatch(StaticRoute::ecmp);
        assertThat(gr.nats()).singleElement().satisfies(n -> assertThat(n.logicalIp()).hasToString("10.42.0.0/16"));
        assertThat(db.loadBalancersOf(gr)).extracting(LoadBalancer::name).contains(
                "Service_default/kubernetes_TCP_node_router+switch_microshift-dev")
                .doesNotContain("Service_default/kubernetes_TCP_node_switch_microshift-dev");

        LogicalRouter cluster = db.router("ovn_cluster_router").orElseThrow();
        assertThat(cluster.staticRoutes()).singleElement().satisfies(r -> {
            assertThat(r.policy()).isEqualTo(RoutePolicy.SRC_IP);
            assertThat(r.nexthop()).isEqualTo("10.42.0.2");
        });
        assertThat(cluster.policies()).singleElement().satisfies(p -> {
            assertThat(p.priority()).isEqualTo(1004);
            assertThat(p.nexthops()).containsExactly(IpAddress.parse("10.42.0.2").orElseThrow());
        });

        LoadBalancer api = db.loadBalancers().stream()
                .filter(lb -> lb.name().equals("Service_default/kubernetes_TCP_node_switch_microshift-dev")).findFirst()
                .orElseThrow();
        assertThat(db.switchesHolding(api)).extracting(LogicalSwitch::name).containsExactly("microshift-dev");
        assertThat(db.routersHolding(api)).isEmpty();
        assertThat(db.switchPortPeering("rtos-microshift-dev")).hasValueSatisfying(
                p -> assertThat(p.name()).isEqualTo("stor-microshift-dev"));
        assertThat(db.switchOfPort("etor-GR_microshift-dev")).hasValueSatisfying(
                s -> assertThat(s.name()).isEqualTo("ext_microshift-dev"));
        assertThat(db.addressSet("a4548040316634674295")).hasValueSatisfying(
                s -> assertThat(s.addresses()).containsExactly("10.42.0.12", "10.42.0.13"));
        assertThat(db.danglingLoadBalancers()).isEmpty();
    }

    @Test
    void jsonAndTextListsOfTheSameDatabaseGiveTheSameModel() {
        NorthboundDatabase json = assembled(true);
        NorthboundDatabase text = assembled(false);
        assertThat(text.switches()).containsExactlyInAnyOrderElementsOf(json.switches());
        assertThat(text.routers()).containsExactlyInAnyOrderElementsOf(json.routers());
        assertThat(text.loadBalancers()).containsExactlyInAnyOrderElementsOf(json.loadBalancers());
        assertThat(text.addressSets()).containsExactlyInAnyOrderElementsOf(json.addressSets());
    }

    @Test
    void humanFormsAgreeWithTheJsonWhereTheyCarryTheData() {
        NorthboundDatabase json = assembled(true);
        NorthboundDatabase shown = new NbctlShowParser().parse(captured("ovn", "nbctl-show.txt")).items().get(0);
        for (LogicalSwitch s : shown.switches()) {
            LogicalSwitch full = json.logicalSwitch(s.uuid()).orElseThrow();
            assertThat(s.name()).isEqualTo(full.name());
            for (LogicalSwitchPort port : s.ports()) {
                LogicalSwitchPort fullPort = full.port(port.name()).orElseThrow();
                assertThat(port.type()).isEqualTo(fullPort.type());
                if (!port.isRouterPort()) {
                    // show prints router-port instead of the "router" address of a router-type port
                    assertThat(port.addresses()).isEqualTo(fullPort.addresses());
                }
                assertThat(port.routerPort()).isEqualTo(fullPort.routerPort());
            }
            assertThat(s.ports()).hasSameSizeAs(full.ports());
        }
        for (LogicalRouter r : shown.routers()) {
            LogicalRouter full = json.router(r.uuid()).orElseThrow();
            for (LogicalRouterPort port : r.ports()) {
                LogicalRouterPort fullPort = full.port(port.name()).orElseThrow();
                assertThat(port.mac()).isEqualTo(fullPort.mac());
                assertThat(port.networks()).isEqualTo(fullPort.networks());
            }
            assertThat(r.nats()).isEqualTo(full.nats());
        }
        LogicalRouter gr = json.router("GR_microshift-dev").orElseThrow();
        LogicalSwitch node = json.logicalSwitch("microshift-dev").orElseThrow();
        for (LoadBalancer listed : new LoadBalancerListParser().parse(captured("ovn", "nbctl-ls-lb-list-microshift-dev.txt")).items()) {
            LoadBalancer full = json.loadBalancer(listed.uuid()).orElseThrow();
            assertThat(node.loadBalancerUuids()).contains(listed.uuid());
            assertThat(full.name()).startsWith(listed.name());
            assertThat(listed.protocol()).isEqualTo(full.protocol());
            assertThat(listed.vips()).isEqualTo(full.vips());
        }
        List<StaticRoute> listedRoutes = new RouteListParser().parse(captured("ovn", "nbctl-lr-route-list.txt")).items();
        assertThat(listedRoutes).hasSameSizeAs(gr.staticRoutes());
        for (StaticRoute listed : listedRoutes) {
            assertThat(gr.staticRoutes()).anySatisfy(full -> {
                assertThat(full.ipPrefix()).isEqualTo(listed.ipPrefix());
                assertThat(full.nexthop()).isEqualTo(listed.nexthop());
                assertThat(full.policy()).isEqualTo(listed.policy());
                assertThat(full.outputPort()).isEqualTo(listed.outputPort());
            });
        }
        RouterPolicy listedPolicy = new PolicyListParser()
                .parse(captured("ovn", "nbctl-lr-policy-list-ovn_cluster_router.txt")).items().get(0);
        RouterPolicy fullPolicy = json.router("ovn_cluster_router").orElseThrow().policies().get(0);
        assertThat(listedPolicy.match()).isEqualTo(fullPolicy.match());
        assertThat(listedPolicy.nexthops()).isEqualTo(fullPolicy.nexthops());
        Nat listedNat = new NatListParser().parse(captured("ovn", "nbctl-lr-nat-list-GR_microshift-dev.txt")).items().get(0);
        assertThat(listedNat).isEqualTo(new Nat("", gr.nats().get(0).type(), gr.nats().get(0).externalIp(),
                gr.nats().get(0).logicalIp(), Optional.empty(), Optional.empty()));
        assertThat(new OvsdbMapParser().parse(captured("ovn", "nbctl-get-logical_router-GR_microshift-dev-options.txt"))
                .items().get(0)).isEqualTo(gr.options());
    }

    @Test
    void aReferenceToARowMissingFromItsTableIsAProblem() {
        Map<String, String> outputs = outputs(false);
        String ports = outputs.get("Logical_Switch_Port");
        // the first record is stor-microshift-dev's (read off the file): drop it
        outputs.put("Logical_Switch_Port", ports.substring(ports.indexOf("\n\n") + 2));
        Parsed<NorthboundDatabase> parsed = NorthboundAssembler.assemble(outputs);
        assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(
                "Logical_Switch: microshift-dev refers to Logical_Switch_Port f1c0c280-77cc-447b-9963-c10f357781a9"
                        + " that is not in the Logical_Switch_Port output"));
        assertThat(parsed.items().get(0).logicalSwitch("microshift-dev").orElseThrow().ports()).hasSize(4);
    }

    @Test
    void tablesNotCollectedAreEmptyWithoutProblems() {
        Parsed<NorthboundDatabase> parsed = NorthboundAssembler.assemble(Map.of("logical_switch",
                captured("ovn", "nbctl-json-list-Logical_Switch.json")));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items().get(0).switches()).hasSize(3).allSatisfy(s -> assertThat(s.ports()).isEmpty());
        assertThat(parsed.items().get(0).switches()).filteredOn(s -> s.name().equals("microshift-dev"))
                .singleElement().satisfies(s -> assertThat(s.loadBalancerUuids()).hasSize(4));
    }

    @Test
    void singleTableParsersReadJsonAndTextAlike() {
        assertThat(NorthboundTableParser.addressSets().parse(captured("ovn", "nbctl-json-list-Address_Set.json")).items())
                .isEqualTo(NorthboundTableParser.addressSets().parse(captured("ovn", "nbctl-list-Address_Set.txt")).items())
                .singleElement().extracting(AddressSet::name).isEqualTo("a4548040316634674295");
        assertThat(NorthboundTableParser.routerPorts().parse(captured("ovn", "nbctl-json-list-Logical_Router_Port.json")).items())
                .hasSize(4);
        assertThat(NorthboundTableParser.switchPorts().parse(captured("ovn", "nbctl-list-Logical_Switch_Port.txt")).items())
                .hasSize(9);
        assertThat(NorthboundTableParser.nats().parse(captured("ovn", "nbctl-list-NAT.txt")).items()).hasSize(1);
        assertThat(NorthboundTableParser.policies().parse(captured("ovn", "nbctl-list-Logical_Router_Policy.txt")).items())
                .hasSize(1);
    }

    @Test
    void kubeOvnStaticRoutesFromFindWithBfdAmongBfdRows() {
        Parsed<StaticRoute> parsed = NorthboundTableParser.staticRoutes()
                .parse(realdata("23-ko-nbctl-bfd-lr-route-list-ecmp-session--kube-ovn-EDITED.txt"));
        assertThat(parsed.items()).extracting(StaticRoute::uuid).containsExactly(
                "3aacb384-d5ee-4b14-aebf-59e8c11717ba", "18bcc585-bc05-430b-925b-ef673c8e1aef",
                "7d0a4e6b-cde0-4110-8176-fbaf19738498");
        assertThat(parsed.items()).allSatisfy(r -> {
            assertThat(r.bfd()).isTrue();
            assertThat(r.ecmpSymmetricReply()).isTrue();
            assertThat(r.policy()).isEqualTo(RoutePolicy.SRC_IP);
            assertThat(r.outputPort()).isEmpty();
        });
        assertThat(parsed.items().get(0).nexthop()).isEqualTo("10.5.204.109");
        // the three BFD rows start at lines 12, 22, 32 and are not routes
        assertThat(parsed.problems()).filteredOn(p -> p.reason().startsWith("not a Logical_Router_Static_Route"))
                .extracting(Problem::line).containsExactly(12, 22, 32);
    }
}
