package io.ovnscope.collectors.parse.ovn;

import static io.ovnscope.testing.ClasspathFixtures.captured;
import static io.ovnscope.testing.ClasspathFixtures.realdata;
import static io.ovnscope.testing.ClasspathFixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadBalancerParsersTest {
    static LoadBalancerVip vip(String vip, String... backends) {
        return new LoadBalancerVip(IpEndpoint.parse(vip).orElseThrow(),
                List.of(backends).stream().map(b -> IpEndpoint.parse(b).orElseThrow()).toList());
    }

    @Test
    void seedDnsLoadBalancerFromListHasBothVipsInOrder() {
        Parsed<LoadBalancer> parsed = NorthboundTableParser.loadBalancers()
                .parse(seed("004-nbctl-list-load_balancer-76c672b3.txt"));
        assertThat(parsed.items()).hasSize(1);
        LoadBalancer lb = parsed.items().get(0);
        assertThat(lb.uuid()).isEqualTo("76c672b3-c4c5-4a94-b6e4-5b6e1e6c38ea");
        assertThat(lb.name()).isEqualTo("Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev");
        assertThat(lb.nameCut()).isFalse();
        assertThat(lb.protocol()).isEqualTo("tcp");
        assertThat(lb.vips()).containsExactly(vip("10.43.0.10:53", "10.42.0.7:5353"),
                vip("10.43.0.10:9154", "10.42.0.7:9154"));
        assertThat(lb.options()).containsExactly(Map.entry("event", "false"), Map.entry("reject", "true"),
                Map.entry("skip_snat", "false"));
        assertThat(lb.externalIds()).containsEntry("k8s.ovn.org/owner", "openshift-dns/dns-default")
                .containsEntry("k8s.ovn.org/kind", "Service");
        assertThat(lb.healthCheckUuids()).isEmpty();
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1);
        assertThat(parsed.problems().get(0).reason()).contains("shell prompt");
    }

    @Test
    void seedGatewayRouterApiLoadBalancerKeepsQuotedOptionWithBlank() {
        LoadBalancer lb = NorthboundTableParser.loadBalancers()
                .parse(seed("004-nbctl-list-load_balancer-be7decc8.txt")).items().get(0);
        assertThat(lb.options()).containsEntry("hairpin_snat_ip", "169.254.169.5 fd69::5")
                .containsEntry("neighbor_responder", "none");
        assertThat(lb.vips()).containsExactly(vip("10.43.0.1:443", "10.44.0.0:6443"));
    }

    @Test
    void seedNodePortLoadBalancer() {
        LoadBalancer lb = NorthboundTableParser.loadBalancers()
                .parse(seed("004-nbctl-list-load_balancer-99ca567b.txt")).items().get(0);
        assertThat(lb.vips()).containsExactly(vip("192.168.122.14:30700", "10.42.0.13:8080"));
        assertThat(lb.externalIds()).containsEntry("k8s.ovn.org/owner", "default/svc-nodeport");
    }

    @Test
    void kubeOvnLoadBalancerWithHealthCheckAndSessionAffinityAmongOtherTables() {
        Parsed<LoadBalancer> parsed = NorthboundTableParser.loadBalancers()
                .parse(realdata("25-ko-nbctl-list-Load_Balancer--kube-ovn.txt"));
        assertThat(parsed.items()).hasSize(1);
        LoadBalancer lb = parsed.items().get(0);
        assertThat(lb.name()).isEqualTo("cluster-tcp-session-loadbalancer");
        assertThat(lb.vips()).containsExactly(vip("1.1.1.1:8888", "10.16.0.4:80", "10.16.0.6:80"));
        assertThat(lb.selectionFields()).containsExactly("ip_src");
        assertThat(lb.healthCheckUuids()).containsExactly("5bee3f12-6b54-411c-9cc8-c9def8f67356");
        assertThat(lb.ipPortMappings()).containsExactly(
                Map.entry("10.16.0.4", "nginx-78d9578975-f4qn4.default:10.16.0.2"),
                Map.entry("10.16.0.6", "nginx-78d9578975-t8tm5.default:10.16.0.2"));
        assertThat(lb.options()).containsExactly(Map.entry("affinity_timeout", "10800"));
        // three prompts, then the health check row and two Service_Monitor rows, which are not load balancers
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(2, 13, 14, 19, 20, 31);
        assertThat(parsed.problems()).filteredOn(p -> p.line() == 14).extracting(Problem::reason)
                .containsExactly("not a Load_Balancer record: it has no 'vips' column");
    }

    @Test
    void seedSwitchLbListShowsCutNamesAndOneVipPerLine() {
        Parsed<LoadBalancer> parsed = new LoadBalancerListParser()
                .parse(seed("004-nbctl-ls-lb-list-microshift-dev-dns.txt"));
        assertThat(parsed.items()).extracting(LoadBalancer::uuid, LoadBalancer::name, LoadBalancer::nameCut,
                LoadBalancer::protocol).containsExactly(
                tuple("d6ae342c-cf52-4263-90b8-6cfef665b973", "Service_openshif", true, "udp"),
                tuple("76c672b3-c4c5-4a94-b6e4-5b6e1e6c38ea", "Service_openshif", true, "tcp"));
        assertThat(parsed.items().get(1).vips()).containsExactly(vip("10.43.0.10:53", "10.42.0.7:5353"));
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1);
    }

    @Test
    void seedRouterLbListWithWiderVipColumn() {
        Parsed<LoadBalancer> parsed = new LoadBalancerListParser()
                .parse(seed("004-nbctl-lr-lb-list-GR_microshift-dev-dns.txt"));
        assertThat(parsed.items()).singleElement().satisfies(lb -> {
            assertThat(lb.uuid()).isEqualTo("76c672b3-c4c5-4a94-b6e4-5b6e1e6c38ea");
            assertThat(lb.vips()).containsExactly(vip("10.43.0.10:53", "10.42.0.7:5353"));
        });
        assertThat(new LoadBalancerListParser().parse(seed("004-nbctl-ls-lb-list-microshift-dev-nodeport.txt"))
                .items()).singleElement().satisfies(lb ->
                assertThat(lb.vips()).containsExactly(vip("192.168.122.14:30700", "10.42.0.13:8080")));
    }

    @Test
    void capturedLbListJoinsContinuationLinesToTheirLoadBalancer() {
        Parsed<LoadBalancer> parsed = new LoadBalancerListParser()
                .parse(captured("ovn", "nbctl-lr-lb-list-GR_microshift-dev.txt"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).hasSize(4);
        assertThat(parsed.items().get(3).uuid()).isEqualTo("56be352f-a22a-4834-9c7d-9daa29502135");
        assertThat(parsed.items().get(3).vips()).containsExactly(vip("10.43.0.10:53", "10.42.0.7:5353"),
                vip("10.43.0.10:9154", "10.42.0.7:9154"));
    }

    @Test
    void realNarrowVipColumnReadsLikeTheSeedsWideOne() {
        List<LoadBalancer> narrow = new LoadBalancerListParser().parse(captured("ovn", "nbctl-ls-lb-list-one-short-vip.txt"))
                .items();
        assertThat(narrow).singleElement().satisfies(lb -> {
            assertThat(lb.protocol()).isEqualTo("udp");
            assertThat(lb.vips()).containsExactly(vip("10.43.0.10:53", "10.42.0.7:5353"));
        });
        LoadBalancer seedUdp = new LoadBalancerListParser().parse(seed("004-nbctl-ls-lb-list-microshift-dev-dns.txt"))
                .items().get(0);
        assertThat(narrow.get(0).vips()).isEqualTo(seedUdp.vips());
        assertThat(narrow.get(0).name()).isEqualTo(seedUdp.name());
    }

    @Test
    void continuationWithoutLoadBalancerAndBadVipAreProblems() {
        String text = "UUID                                    LB                  PROTO      VIP                     IPs\n"
                + "                                                            tcp        10.43.0.10:9154         10.42.0.7:9154\n"
                + "56be352f-a22a-4834-9c7d-9daa29502135    Service_openshif    tcp        10.43.0.10:x            10.42.0.7:5353\n"
                + "...\n";
        Parsed<LoadBalancer> parsed = new LoadBalancerListParser().parse(text);
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(2, 3, 4);
        assertThat(parsed.problems().get(0).reason()).contains("no load balancer line above");
        assertThat(parsed.problems().get(1).reason()).contains("cannot read VIP '10.43.0.10:x'");
        assertThat(parsed.problems().get(2).reason()).contains("elision");
    }
}
