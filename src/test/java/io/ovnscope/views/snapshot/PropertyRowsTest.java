package io.ovnscope.views.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.testing.FixtureSnapshots;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyRowsTest {
    private final NorthboundDatabase northbound = FixtureSnapshots.demo().node().northbound();

    @Test
    void aRoutersNestedRowsShowAddressesAsWrittenAndLeaveOutUuidsAndFalseFlags() {
        LogicalRouter gateway = northbound.router("GR_microshift-dev").orElseThrow();
        List<PropertyRow> rows = PropertyRows.of(gateway);
        // nbctl-lr-route-list.txt: 0.0.0.0/0 via 192.168.122.1 on rtoe-GR_microshift-dev, dst-ip.
        assertThat(rows).contains(new PropertyRow("name", "GR_microshift-dev"),
                new PropertyRow("ports", "2: rtoj-GR_microshift-dev, rtoe-GR_microshift-dev"),
                new PropertyRow("options: lb_force_snat_ip", "router_ip"));
        assertThat(rows).anySatisfy(r -> assertThat(r.value()).isEqualTo(
                "ip prefix 0.0.0.0/0, nexthop 192.168.122.1, policy dst-ip, output port rtoe-GR_microshift-dev"));
        assertThat(rows).filteredOn(r -> r.name().equals("nats #1")).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo(
                        "type snat, external ip 192.168.122.14, logical ip 10.42.0.0/16"));
        assertThat(rows).filteredOn(r -> r.name().equals("policies")).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("none"));
    }

    @Test
    void aLongRawOutputIsSummedUpNotPouredIntoTheTable() {
        String stdout = "line\n".repeat(500);
        CapturedOutput output = new CapturedOutput("flows/br-ex", "ovs-ofctl dump-flows br-ex", "ofctl-flows",
                Outcome.TRUNCATED, 0, Duration.ofSeconds(2), stdout, "", List.of());
        assertThat(PropertyRows.of(output)).contains(new PropertyRow("outcome", "TRUNCATED"),
                new PropertyRow("stdout", "500 lines, 2500 characters: line …"), new PropertyRow("stderr", ""));
    }

    @Test
    void camelCaseNamesReadAsWords() {
        assertThat(PropertyRows.words("externalIds")).isEqualTo("external ids");
        assertThat(PropertyRows.words("ecmpSymmetricReply")).isEqualTo("ecmp symmetric reply");
    }
}
