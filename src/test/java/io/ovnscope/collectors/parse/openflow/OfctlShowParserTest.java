package io.ovnscope.collectors.parse.openflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.BridgeFeatures;
import io.ovnscope.core.model.openflow.OpenFlowPort;
import io.ovnscope.core.model.openflow.PortRef;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import io.ovnscope.testing.ClasspathFixtures;

import org.junit.jupiter.api.Test;

/** ovs-ofctl show from fixtures/realdata: values read off the files by eye. */
class OfctlShowParserTest {
    private final OfctlShowParser parser = new OfctlShowParser();

    private Parsed<BridgeFeatures> read(String file) {
        return parser.parse(ClasspathFixtures.read("realdata/" + file));
    }

    @Test
    void neutronBrIntWithNinePortsAndLocal() {
        Parsed<BridgeFeatures> parsed = read("06-ovs-ofctl-show-br-int--neutron-ovs-dvr.txt");
        assertThat(parsed.problems()).isEmpty();
        BridgeFeatures bridge = parsed.items().get(0);
        assertThat(parsed.items()).hasSize(1);
        assertThat(bridge.dpid()).isEqualTo("00002e1335c82646");
        assertThat(bridge.tables()).isEqualTo(254);
        assertThat(bridge.buffers()).isZero();
        assertThat(bridge.capabilities()).containsExactly("FLOW_STATS", "TABLE_STATS", "PORT_STATS", "QUEUE_STATS",
                "ARP_MATCH_IP");
        assertThat(bridge.actions()).hasSize(12).startsWith("output", "enqueue");
        assertThat(bridge.ports()).extracting(OpenFlowPort::name).containsExactly("int-br-data", "patch-tun",
                "ha-550dc175-c0", "fg-c8dcce74-c4", "qg-14f81a43-69", "qr-3a70b31c-3f", "sg-189f4c40-9d",
                "tap0e778df8-ca", "br-int");
        OpenFlowPort ha = bridge.port(3);
        assertThat(ha.config()).containsExactly("PORT_DOWN");
        assertThat(ha.state()).containsExactly("LINK_DOWN");
        assertThat(ha.down()).isTrue();
        OpenFlowPort tap = bridge.port(9);
        assertThat(tap.mac()).isEqualTo("fe:16:3e:a7:45:cb");
        assertThat(tap.current()).containsExactly("10MB-FD", "COPPER");
        assertThat(tap.speed()).isEqualTo("10 Mbps now, 0 Mbps max");
        assertThat(tap.down()).isFalse();
        assertThat(bridge.port(8)).isNull();
        OpenFlowPort local = bridge.ports().get(8);
        assertThat(local.port()).isEqualTo(new PortRef.Reserved("LOCAL"));
        assertThat(local.mac()).isEqualTo("2e:13:35:c8:26:46");
    }

    @Test
    void twoShowsInOnePasteWithOpenFlow13PortDescription() {
        Parsed<BridgeFeatures> parsed = read("37-ovs-ofctl-show-br-int--neutron-ovn-refarch.txt");
        assertThat(parsed.items()).extracting(BridgeFeatures::dpid).containsExactly("000022024a1dc045", "0000080027137c4a");
        assertThat(parsed.items().get(0).ports()).extracting(OpenFlowPort::name)
                .containsExactly("tap6ab052c2-7b", "patch-br-int-to");
        assertThat(parsed.items().get(0).buffers()).isEqualTo(256);
        assertThat(parsed.items().get(1).capabilities()).contains("GROUP_STATS");
        assertThat(parsed.items().get(1).actions()).isEmpty();
        assertThat(parsed.items().get(1).port(1).mac()).isEqualTo("fa:42:c5:3f:d7:6f");
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1, 15);
        assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.reason()).contains("prompt"));
    }

    @Test
    void filteredSessionReadsTheShowAndReportsTheFlows() {
        Parsed<BridgeFeatures> parsed = read("31-ovs-ofctl-show-breth0-dump-flows-grep--ovn-kubernetes-FILTERED.txt");
        assertThat(parsed.items()).singleElement().satisfies(bridge -> {
            assertThat(bridge.dpid()).isEqualTo("00000242ac120003");
            assertThat(bridge.ports()).extracting(OpenFlowPort::name).containsExactly("eth0", "patch-breth0_ov");
        });
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1, 17, 18, 19, 20);
    }
}
