package io.ovnscope.core.browse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.testing.FixtureSnapshots;
import org.junit.jupiter.api.Test;

/**
 * Cross-links in the seed's northbound database (captured nbctl-show.txt: switch port stor-microshift-dev has
 * router-port rtos-microshift-dev, a port of ovn_cluster_router; the lab's seed script puts the dns-default
 * UDP load balancer on switch microshift-dev and router GR_microshift-dev).
 */
class RelatedObjectsTest {
    private static final NorthboundDatabase NB = FixtureSnapshots.demo().node().northbound();

    @Test
    void aRouterPortLinksToItsRouterAndItsPeerSwitchPort() {
        assertThat(RelatedObjects.of(NB, NB.routerPort("rtos-microshift-dev").orElseThrow()))
                .extracting(r -> r.relation() + " " + r.label())
                .containsExactly("router ovn_cluster_router", "peer switch port stor-microshift-dev");
    }

    @Test
    void aSwitchPortLinksToItsSwitchAndThePeerRouterPort() {
        assertThat(RelatedObjects.of(NB, NB.switchPort("stor-microshift-dev").orElseThrow()))
                .extracting(r -> r.relation() + " " + r.label())
                .containsExactly("switch microshift-dev", "peer router port rtos-microshift-dev");
    }

    @Test
    void aLoadBalancerLinksToTheSwitchesAndRoutersHoldingIt() {
        LoadBalancer dns = NB.loadBalancers().stream()
                .filter(lb -> lb.name().equals("Service_openshift-dns/dns-default_UDP_node_router+switch_microshift-dev"))
                .findFirst().orElseThrow();
        assertThat(RelatedObjects.of(NB, dns)).extracting(r -> r.relation() + " " + r.label())
                .containsExactly("on switch microshift-dev", "on router GR_microshift-dev");
    }

    @Test
    void somethingElseHasNoLinks() {
        assertThat(RelatedObjects.of(NB, "text")).isEmpty();
    }
}
