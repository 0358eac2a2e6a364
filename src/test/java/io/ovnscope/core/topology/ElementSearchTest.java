package io.ovnscope.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.DemoSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElementSearchTest {
    private final Topology demo = TopologyBuilder.build(DemoSnapshot.full());

    private List<String> ids(String query) {
        return ElementSearch.find(demo, query).stream().map(TopologyElement::id).toList();
    }

    @Test
    void anExactNameComesBeforeNamesThatContainIt() {
        // "join" is a switch; jtor-/rtoj- ports only contain "oj"/"jtor", so "join" matches one element.
        assertThat(ids("JOIN")).containsExactly("switch:join");
        assertThat(ids("GR_microshift-dev").get(0)).isEqualTo("router:GR_microshift-dev");
        assertThat(ids("GR_microshift-dev")).contains("router-port:rtoe-GR_microshift-dev",
                "switch-port:jtor-GR_microshift-dev");
    }

    @Test
    void anIpFindsItsOwnerFirstThenTheNetworksHoldingIt() {
        // 10.42.0.12 is pod-1's; rtos-microshift-dev (10.42.0.1/24) and the node switch (10.42.0.0/24) hold it.
        List<String> found = ids("10.42.0.12");
        assertThat(found.get(0)).isEqualTo("switch-port:default_pod-1");
        assertThat(found).contains("router-port:rtos-microshift-dev", "switch:microshift-dev")
                .doesNotContain("router-port:rtoj-GR_microshift-dev");
        // An address with its prefix length counts as exact: the join side of the gateway router.
        assertThat(ids("100.64.0.2").get(0)).isEqualTo("router-port:rtoj-GR_microshift-dev");
    }

    @Test
    void aMacFindsItsPortAndBlankFindsNothing() {
        assertThat(ids("0A:58:0A:2A:00:0D")).containsExactly("switch-port:default_pod-2");
        assertThat(ids("  ")).isEmpty();
        assertThat(ids("no-such-thing")).isEmpty();
    }
}
