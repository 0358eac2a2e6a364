package io.ovnscope.collectors.parse.ovn;

import static io.ovnscope.testing.ClasspathFixtures.captured;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NatType;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PolicyAction;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.parse.Parsed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lab database with what the seed lacks (src/test/lab/ovn-nb-variety.sh), in human and JSON forms. */
class VarietyCaptureTest {
    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    private static NorthboundDatabase fromJson() {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String table : List.of("Logical_Switch", "Logical_Switch_Port", "Logical_Router", "Logical_Router_Port",
                "Load_Balancer", "Logical_Router_Static_Route", "Logical_Router_Policy", "NAT")) {
            outputs.put(table, captured("ovn", "variety-json-list-" + table + ".json"));
        }
        Parsed<NorthboundDatabase> parsed = NorthboundAssembler.assemble(outputs);
        assertThat(parsed.problems()).isEmpty();
        return parsed.items().get(0);
    }

    @Test
    void routeListWithEcmpBfdDiscardSecondTableAndIpv6() {
        Parsed<StaticRoute> parsed = new RouteListParser().parse(captured("ovn", "variety-lr-route-list-lab-router.txt"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).extracting(r -> r.ipPrefix().toString(), StaticRoute::nexthop, StaticRoute::ecmp,
                StaticRoute::ecmpSymmetricReply, StaticRoute::bfd, StaticRoute::routeTable, StaticRoute::outputPort)
                .containsExactly(
                        tuple("192.168.0.0/24", "172.24.4.108", true, true, false, "", Optional.empty()),
                        tuple("192.168.0.0/24", "172.24.4.109", true, true, false, "", Optional.empty()),
                        tuple("192.168.1.0/24", "172.24.4.110", false, false, true, "", Optional.empty()),
                        tuple("10.66.0.0/16", "discard", false, false, false, "", Optional.empty()),
                        tuple("10.99.0.0/16", "10.0.0.99", false, false, false, "rtb-1", Optional.empty()),
                        tuple("::/0", "2001:db8::fe", false, false, false, "", Optional.of("lab-public")));
    }

    @Test
    void routeListAgreesWithTheJsonRoutesOfTheRouter() {
        LogicalRouter router = fromJson().router("lab-router").orElseThrow();
        List<StaticRoute> listed = new RouteListParser().parse(captured("ovn", "variety-lr-route-list-lab-router.txt")).items();
        assertThat(router.staticRoutes()).hasSameSizeAs(listed);
        for (StaticRoute route : listed) {
            assertThat(router.staticRoutes()).anySatisfy(full -> assertThat(new StaticRoute("", full.ipPrefix(),
                    full.nexthop(), full.policy(), full.outputPort(), full.routeTable(), full.ecmp(),
                    full.ecmpSymmetricReply(), full.bfd(), Map.of())).isEqualTo(route));
        }
    }

    @Test
    void policyListWithDropAllowOptionsAndTwoNexthops() {
        Parsed<RouterPolicy> parsed = new PolicyListParser().parse(captured("ovn", "variety-lr-policy-list-lab-router.txt"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).extracting(RouterPolicy::priority, RouterPolicy::match, RouterPolicy::action)
                .containsExactly(
                        tuple(2000, "ip4.src == 10.0.0.0/24 && tcp.dst == 22 /* no ssh */", PolicyAction.DROP),
                        tuple(1500, "ip6.dst == fd00::/64", PolicyAction.ALLOW),
                        tuple(1000, "ip4.src == {10.0.0.5, 10.0.0.6} || ip4.dst == 10.0.0.0/8", PolicyAction.REROUTE));
        assertThat(parsed.items().get(1).options()).containsExactly(Map.entry("pkt_mark", "100"));
        assertThat(parsed.items().get(2).nexthops()).containsExactly(ip("10.0.0.7"), ip("10.0.0.8"));
        List<RouterPolicy> fromJson = fromJson().router("lab-router").orElseThrow().policies();
        for (RouterPolicy listed : parsed.items()) {
            assertThat(fromJson).anySatisfy(full -> {
                assertThat(full.priority()).isEqualTo(listed.priority());
                assertThat(full.match()).isEqualTo(listed.match());
                assertThat(full.nexthops()).isEqualTo(listed.nexthops());
                assertThat(full.options()).isEqualTo(listed.options());
            });
        }
    }

    @Test
    void natListWithFloatingIpAndIpv6AgreesWithShowAndJson() {
        Parsed<Nat> parsed = new NatListParser().parse(captured("ovn", "variety-lr-nat-list-lab-router.txt"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).extracting(Nat::type, n -> n.externalIp().toString(), n -> n.logicalIp().toString(),
                Nat::logicalPort).containsExactly(
                tuple(NatType.DNAT, "172.24.4.11", "10.0.0.6/32", Optional.empty()),
                tuple(NatType.DNAT_AND_SNAT, "172.24.4.10", "10.0.0.5/32", Optional.of("lab-vm1")),
                tuple(NatType.SNAT, "2001:db8::10", "fd00::/64", Optional.empty()));
        assertThat(parsed.items().get(1).externalMac()).hasValueSatisfying(m -> assertThat(m).hasToString("0a:00:00:00:00:10"));
        List<Nat> json = fromJson().router("lab-router").orElseThrow().nats();
        assertThat(json.stream().map(n -> new Nat("", n.type(), n.externalIp(), n.logicalIp(), n.logicalPort(),
                n.externalMac())).toList()).containsExactlyInAnyOrderElementsOf(parsed.items());
        List<Nat> shown = new NbctlShowParser().parse(captured("ovn", "variety-show.txt")).items().get(0)
                .router("lab-router").orElseThrow().nats();
        // show prints type and addresses of each NAT but not its MAC or logical port
        assertThat(shown).extracting(Nat::uuid, Nat::type, Nat::externalIp, Nat::logicalIp)
                .containsExactlyInAnyOrderElementsOf(json.stream().map(n -> tuple(n.uuid(), n.type(), n.externalIp(),
                        n.logicalIp())).toList());
    }

    @Test
    void lbListWithBlankProtocolIpv6VipsAndACutName() {
        Parsed<LoadBalancer> parsed = new LoadBalancerListParser().parse(captured("ovn", "variety-lr-lb-list-lab-router.txt"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).extracting(LoadBalancer::name, LoadBalancer::nameCut, LoadBalancer::protocol)
                .containsExactly(tuple("lab-a-very-long-", true, "udp"), tuple("lab-lb-noport", false, ""),
                        tuple("lab-lb-v6", false, "tcp"));
        assertThat(parsed.items().get(1).vips()).containsExactly(new LoadBalancerVip(
                IpEndpoint.parse("10.0.0.100").orElseThrow(),
                List.of(IpEndpoint.parse("10.0.0.5").orElseThrow(), IpEndpoint.parse("10.0.0.6").orElseThrow())));
        assertThat(parsed.items().get(2).vips().get(0).vip()).hasToString("[fd00::a]:80");
        assertThat(parsed.items().get(2).vips().get(0).backends()).extracting(IpEndpoint::toString)
                .containsExactly("[fd00::5]:8080", "[fd00::6]:8080");
        NorthboundDatabase json = fromJson();
        for (LoadBalancer listed : parsed.items()) {
            LoadBalancer full = json.loadBalancer(listed.uuid()).orElseThrow();
            assertThat(full.name()).startsWith(listed.name());
            if (!listed.protocol().isEmpty()) {
                assertThat(full.protocol()).isEqualTo(listed.protocol());
            }
            assertThat(full.vips()).isEqualTo(listed.vips());
            assertThat(json.routersHolding(full)).extracting(LogicalRouter::name).containsExactly("lab-router");
        }
        // lb-add stored "tcp", but the list leaves PROTO blank for a VIP without a port
        assertThat(json.loadBalancer(parsed.items().get(1).uuid()).orElseThrow().protocol()).isEqualTo("tcp");
    }

    @Test
    void lbListWithoutItsHeaderIsReadByWhatEachWordIs() {
        String text = captured("ovn", "variety-lr-lb-list-lab-router.txt");
        String withoutHeader = text.substring(text.indexOf('\n') + 1);
        assertThat(new LoadBalancerListParser().parse(withoutHeader).items())
                .isEqualTo(new LoadBalancerListParser().parse(text).items());
    }

    @Test
    void showOfDualStackRouterPortsAndADynamicSwitchPort() {
        NorthboundDatabase shown = new NbctlShowParser().parse(captured("ovn", "variety-show.txt")).items().get(0);
        assertThat(shown.routerPort("lab-public").orElseThrow().networks()).extracting(Object::toString)
                .containsExactly("172.24.4.1/24", "2001:db8::1/64");
        assertThat(shown.switchPort("lab-vm2").orElseThrow().addresses()).singleElement()
                .satisfies(a -> assertThat(a.isKeyword("dynamic")).isTrue());
        assertThat(shown.switchPort("lab-vm1").orElseThrow().addresses().get(0).ips())
                .containsExactly(ip("10.0.0.5"), ip("fd00::5"));
        NorthboundDatabase json = fromJson();
        assertThat(json.switchPort("lab-vm1").orElseThrow().addresses())
                .isEqualTo(shown.switchPort("lab-vm1").orElseThrow().addresses());
        assertThat(json.router("lab-router").orElseThrow().staticRoutes()).filteredOn(StaticRoute::bfd).hasSize(1);
    }
}
