package io.ovnscope.collectors.parse.ovn;

import static io.ovnscope.testing.ClasspathFixtures.captured;
import static io.ovnscope.testing.ClasspathFixtures.realdata;
import static io.ovnscope.testing.ClasspathFixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.ovn.PolicyAction;
import io.ovnscope.core.model.ovn.RoutePolicy;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RouteAndPolicyParsersTest {
    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    @Test
    void seedGatewayRouterRoutesWithOutputPorts() {
        Parsed<StaticRoute> parsed = new RouteListParser().parse(seed("004-nbctl-lr-route-list-GR_microshift-dev.txt"));
        assertThat(parsed.items()).extracting(r -> r.ipPrefix().toString(), StaticRoute::nexthop, StaticRoute::policy,
                StaticRoute::outputPort, StaticRoute::routeTable).containsExactly(
                tuple("169.254.169.0/29", "169.254.169.4", RoutePolicy.DST_IP, Optional.of("rtoe-GR_microshift-dev"), ""),
                tuple("10.42.0.0/16", "100.64.0.1", RoutePolicy.DST_IP, Optional.empty(), ""),
                tuple("0.0.0.0/0", "192.168.122.1", RoutePolicy.DST_IP, Optional.of("rtoe-GR_microshift-dev"), ""));
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1);
    }

    @Test
    void seedAndCapturedClusterRouterSourceRouteAgree() {
        List<StaticRoute> fromSeed = new RouteListParser()
                .parse(seed("004-nbctl-lr-route-list-ovn_cluster_router.txt")).items();
        List<StaticRoute> fromReal = new RouteListParser()
                .parse(captured("ovn", "nbctl-lr-route-list-ovn_cluster_router.txt")).items();
        assertThat(fromSeed).singleElement().satisfies(r -> {
            assertThat(r.ipPrefix().toString()).isEqualTo("10.42.0.0/24");
            assertThat(r.nexthopAddress()).contains(ip("10.42.0.2"));
            assertThat(r.policy()).isEqualTo(RoutePolicy.SRC_IP);
        });
        assertThat(fromReal).isEqualTo(fromSeed);
        assertThat(new RouteListParser().parse(captured("ovn", "nbctl-lr-route-list.txt")).items())
                .isEqualTo(new RouteListParser().parse(seed("004-nbctl-lr-route-list-GR_microshift-dev.txt")).items());
    }

    @Test
    void kubeOvnEcmpBfdRoutesInsideAnAnnotatedSession() {
        String text = realdata("23-ko-nbctl-bfd-lr-route-list-ecmp-session--kube-ovn-EDITED.txt");
        Parsed<StaticRoute> parsed = new RouteListParser().parse(text);
        assertThat(parsed.items()).extracting(StaticRoute::nexthop)
                .containsExactly("10.5.204.108", "10.5.204.109", "10.5.204.121");
        assertThat(parsed.items()).allSatisfy(r -> {
            assertThat(r.ipPrefix().toString()).isEqualTo("192.168.0.0/24");
            assertThat(r.policy()).isEqualTo(RoutePolicy.SRC_IP);
            assertThat(r.ecmp()).isTrue();
            assertThat(r.ecmpSymmetricReply()).isTrue();
            assertThat(r.bfd()).isTrue();
            assertThat(r.outputPort()).isEmpty();
        });
        // 73 non-blank lines: 2 headers and 3 routes are read, every other line is a problem
        assertThat(parsed.problems()).hasSize(73 - 5);
        assertThat(parsed.problems()).extracting(Problem::line).doesNotContain(46, 47, 48, 49, 50);
        assertThat(parsed.problems()).filteredOn(p -> p.line() == 1).extracting(Problem::reason)
                .containsExactly("a comment added to the paste, not command output");
        assertThat(parsed.problems()).filteredOn(p -> p.line() == 45).extracting(Problem::reason)
                .containsExactly("a shell prompt with the command that was run, not its output");
    }

    @Test
    void udnRoutesAfterSeparatedPolicyBlocks() {
        Parsed<StaticRoute> parsed = new RouteListParser()
                .parse(realdata("30-ovn-nbctl-lr-policy-list-lr-route-list--ovn-kubernetes-udn-EDITED.txt"));
        assertThat(parsed.items()).hasSize(9);
        assertThat(parsed.items().get(4).ipPrefix().toString()).isEqualTo("104.104.1.0/24");
        assertThat(parsed.items().get(4).nexthop()).isEqualTo("192.168.0.10");
        assertThat(parsed.problems()).extracting(Problem::line)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 16).boxed().toList());
        assertThat(parsed.problems()).filteredOn(p -> p.line() == 5).extracting(Problem::reason)
                .containsExactly("a separator line added to the paste, not command output");
    }

    @Test
    void ipv6RoutesInANamedRouteTableAndDiscard() {
        String text = "IPv6 Routes\nRoute Table rtb-blue:\n                 fd00::/64                   fd00::1 dst-ip lrp-blue\n"
                + "                ::/0                   discard dst-ip\n";
        Parsed<StaticRoute> parsed = new RouteListParser().parse(text);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).extracting(r -> r.ipPrefix().toString(), StaticRoute::routeTable,
                StaticRoute::nexthopAddress).containsExactly(
                tuple("fd00::/64", "rtb-blue", Optional.of(ip("fd00::1"))),
                tuple("::/0", "rtb-blue", Optional.empty()));
    }

    @Test
    void seedPolicyWithSingleSpacesEqualsTheRealPaddedOne() {
        Parsed<RouterPolicy> seedPolicies = new PolicyListParser()
                .parse(seed("004-nbctl-lr-policy-list-ovn_cluster_router.txt"));
        assertThat(seedPolicies.items()).singleElement().satisfies(p -> {
            assertThat(p.priority()).isEqualTo(1004);
            assertThat(p.match()).isEqualTo("inport == \"rtos-microshift-dev\" && ip4.dst == 192.168.122.14");
            assertThat(p.action()).isEqualTo(PolicyAction.REROUTE);
            assertThat(p.nexthops()).containsExactly(ip("10.42.0.2"));
        });
        assertThat(new PolicyListParser().parse(captured("ovn", "nbctl-lr-policy-list-ovn_cluster_router.txt")).items())
                .isEqualTo(seedPolicies.items());
    }

    @Test
    void kubeOvnPoliciesWithEcmpNexthopsAndAddressSets() {
        Parsed<RouterPolicy> parsed = new PolicyListParser()
                .parse(realdata("24-ko-nbctl-lr-policy-list-reroute-session--kube-ovn.txt"));
        assertThat(parsed.items()).hasSize(9);
        assertThat(parsed.items()).extracting(RouterPolicy::priority)
                .containsExactly(31000, 31000, 30000, 30000, 30000, 29100, 29000, 29000, 29000);
        assertThat(parsed.items().get(0).action()).isEqualTo(PolicyAction.ALLOW);
        assertThat(parsed.items().get(0).nexthops()).isEmpty();
        assertThat(parsed.items().get(5).match()).isEqualTo("ip4.src == 10.16.0.0/16");
        assertThat(parsed.items().get(5).nexthops()).containsExactly(ip("10.16.0.12"), ip("10.16.0.13"));
        assertThat(parsed.items().get(6).match()).isEqualTo("ip4.src == $ovn.default.kube.ovn.control.plane_ip4");
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1, 2, 4, 5, 6, 8, 9, 10, 11, 13);
    }

    @Test
    void egressServicePoliciesKeepCommentsInTheMatchAndIpv6Nexthops() {
        Parsed<RouterPolicy> parsed = new PolicyListParser()
                .parse(realdata("33-ovn-nbctl-lr-policy-list--ovn-kubernetes-egress-service.txt"));
        assertThat(parsed.items()).hasSize(16);
        assertThat(parsed.items().get(0).match())
                .isEqualTo("inport == \"rtos-ovn-control-plane\" && ip4.dst == 172.18.0.3 /* ovn-control-plane */");
        assertThat(parsed.items().get(1).nexthops()).containsExactly(ip("fd00:10:244:3::2"));
        assertThat(parsed.items().get(15).match()).isEqualTo("ip6.src == fd00:10:244::/48 && ip6.dst == fd98::/64");
        assertThat(parsed.items().get(15).priority()).isEqualTo(102);
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1);
    }

    @Test
    void udnPolicyBlocksSeparatedByDashes() {
        Parsed<RouterPolicy> parsed = new PolicyListParser()
                .parse(realdata("30-ovn-nbctl-lr-policy-list-lr-route-list--ovn-kubernetes-udn-EDITED.txt"));
        assertThat(parsed.items()).hasSize(6);
        assertThat(parsed.items().get(2).match())
                .isEqualTo("inport == \"rtos-blue_blue.network_ovn-worker\" && ip4.dst == 104.104.0.0/16");
        assertThat(parsed.items().get(2).nexthops()).containsExactly(ip("192.168.0.7"));
        // prompts 1, 6, 11, 16; separators 5, 10, 15; the route list 17..27
        assertThat(parsed.problems()).extracting(Problem::line).containsExactlyElementsOf(
                List.of(1, 5, 6, 10, 11, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27));
    }

    @Test
    void crlfOutputReadsTheSame() {
        String text = seed("004-nbctl-lr-route-list-GR_microshift-dev.txt");
        assertThat(new RouteListParser().parse(text.replace("\n", "\r\n")).items())
                .isEqualTo(new RouteListParser().parse(text).items()).hasSize(3);
        String policies = realdata("33-ovn-nbctl-lr-policy-list--ovn-kubernetes-egress-service.txt");
        assertThat(new PolicyListParser().parse(policies.replace("\n", "\r\n")).items())
                .isEqualTo(new PolicyListParser().parse(policies).items());
    }

    @Test
    void aHandWrappedPolicyLineIsJoinedAndReported() {
        // line 2 of fixture 33, wrapped before its action the way documentation often wraps it
        String text = "Routing Policies\n"
                + "      1004 inport == \"rtos-ovn-control-plane\" && ip4.dst == 172.18.0.3 /* ovn-control-plane */\n"
                + "                   reroute                10.244.2.2\n"
                + "       102 ip4.src == 10.244.0.0/16 && ip4.dst == 10.244.0.0/16           allow\n";
        Parsed<RouterPolicy> parsed = new PolicyListParser().parse(text);
        assertThat(parsed.items()).hasSize(2);
        assertThat(parsed.items().get(0).match())
                .isEqualTo("inport == \"rtos-ovn-control-plane\" && ip4.dst == 172.18.0.3 /* ovn-control-plane */");
        assertThat(parsed.items().get(0).nexthops()).containsExactly(ip("10.244.2.2"));
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).isEqualTo("a hand-wrapped continuation of line 2: joined to it");
        });
    }

    @Test
    void anErrorFromOvnNbctlIsNamedAsSuch() {
        Parsed<StaticRoute> parsed = new RouteListParser()
                .parse("ovn-nbctl: GR_microshift-dev: router name not found\n");
        assertThat(parsed.problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(
                "an error message from ovn-nbctl instead of its output: GR_microshift-dev: router name not found"));
    }

    @Test
    void policyLineWithABadNexthopIsAProblem() {
        Parsed<RouterPolicy> parsed = new PolicyListParser()
                .parse("Routing Policies\n      1004 ip4.dst == 10.0.0.1         reroute                 not-an-ip\n");
        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(2);
    }
}
