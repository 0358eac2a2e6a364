package io.ovnscope.core.model.ovn;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NorthboundDatabaseTest {
    private static final String LB_UUID = "76c672b3-c4c5-4a94-b6e4-5b6e1e6c38ea";
    private static final String MISSING_LB = "458f47e8-1dc3-4f3a-86af-58d485fae135";

    private final LoadBalancer dns = new LoadBalancer(LB_UUID,
            "Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev", false, "", List.of(
            new LoadBalancerVip(IpEndpoint.parse("10.43.0.10:53").orElseThrow(),
                    List.of(IpEndpoint.parse("10.42.0.7:5353").orElseThrow()))),
            Map.of(), Map.of(), List.of(), List.of(), Map.of());
    private final LogicalSwitchPort stor = new LogicalSwitchPort("", "stor-microshift-dev", "router",
            List.of(PortAddress.of("router")), List.of(), Optional.of("rtos-microshift-dev"), Optional.empty(),
            Map.of("router-port", "rtos-microshift-dev"), Map.of());
    private final LogicalSwitch node = new LogicalSwitch("20d9b50e-5c97-4192-9f2c-035fd0d22109", "microshift-dev",
            List.of(stor), List.of(LB_UUID, MISSING_LB), Map.of(), Map.of());
    private final LogicalRouterPort rtos = new LogicalRouterPort("", "rtos-microshift-dev",
            MacAddress.parse("0a:58:0a:2a:00:01"), List.of(IpPrefix.parse("10.42.0.1/24").orElseThrow()),
            Optional.empty(), List.of());
    private final LogicalRouter cluster = new LogicalRouter("c531f4a6-170e-4a4a-9d73-4363e3c1e609",
            "ovn_cluster_router", List.of(rtos), List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of());
    private final NorthboundDatabase db = new NorthboundDatabase(List.of(node), List.of(cluster), List.of(dns),
            List.of(new AddressSet("", "a1", List.of("10.42.0.12"), Map.of())));

    @Test
    void looksUpByNameAndByUuid() {
        assertThat(db.logicalSwitch("microshift-dev")).contains(node);
        assertThat(db.logicalSwitch("20d9b50e-5c97-4192-9f2c-035fd0d22109")).contains(node);
        assertThat(db.router("ovn_cluster_router")).contains(cluster);
        assertThat(db.router("microshift-dev")).isEmpty();
        assertThat(db.addressSet("a1")).hasValueSatisfying(s -> assertThat(s.addresses()).containsExactly("10.42.0.12"));
        assertThat(db.setLookup().members('$', "a1")).contains(List.of("10.42.0.12"));
        assertThat(db.setLookup().members('@', "a1")).isEmpty();
        assertThat(db.setLookup().members('$', "a2")).isEmpty();
    }

    @Test
    void followsPortsAcrossSwitchAndRouter() {
        assertThat(db.switchPortPeering("rtos-microshift-dev")).contains(stor);
        assertThat(db.routerPort("rtos-microshift-dev")).contains(rtos);
        assertThat(db.routerOfPort("rtos-microshift-dev")).contains(cluster);
        assertThat(db.switchOfPort("stor-microshift-dev")).contains(node);
        assertThat(db.switchPort("nope")).isEmpty();
    }

    @Test
    void loadBalancersAreSharedByUuidAndMissingOnesAreNamed() {
        assertThat(db.loadBalancersOf(node)).containsExactly(dns);
        assertThat(db.switchesHolding(dns)).containsExactly(node);
        assertThat(db.routersHolding(dns)).isEmpty();
        assertThat(db.danglingLoadBalancers()).containsExactly(MISSING_LB);
        assertThat(dns.effectiveProtocol()).isEqualTo("tcp");
    }

    @Test
    void mapsKeepTheOrderTheyWereGiven() {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("skip_snat", "false");
        options.put("event", "false");
        options.put("reject", "true");
        LogicalRouter router = new LogicalRouter("", "r", List.of(), List.of(), List.of(), List.of(), List.of(),
                options, Map.of());
        assertThat(router.options().keySet()).containsExactly("skip_snat", "event", "reject");
    }
}
