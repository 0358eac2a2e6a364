package io.ovnscope.collectors.parse.openflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.OvsBridge;
import io.ovnscope.core.model.openflow.OvsInterface;
import io.ovnscope.core.model.openflow.OvsPort;
import io.ovnscope.core.model.openflow.OvsSwitchConfig;
import io.ovnscope.core.model.openflow.OvsTarget;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import io.ovnscope.testing.ClasspathFixtures;

import org.junit.jupiter.api.Test;

/** ovs-vsctl show from fixtures/realdata: values read off the files by eye. */
class VsctlShowParserTest {
    private final VsctlShowParser parser = new VsctlShowParser();

    @Test
    void neutronNodeWithFourBridges() {
        Parsed<OvsSwitchConfig> parsed = parser.parse(ClasspathFixtures.read("realdata/05-ovs-vsctl-show--neutron-ovs-dvr.txt"));
        assertThat(parsed.problems()).isEmpty();
        OvsSwitchConfig config = parsed.items().get(0);
        assertThat(config.uuid()).isEqualTo("b8a20458-9009-41a0-aa49-71bcc0080537");
        assertThat(config.managers()).containsExactly(new OvsTarget("ptcp:6640:127.0.0.1", true));
        assertThat(config.ovsVersion()).isEqualTo("2.13.3");
        assertThat(config.bridges()).extracting(OvsBridge::name).containsExactly("br-data", "br-tun", "br-ex", "br-int");

        OvsBridge tun = config.bridge("br-tun");
        assertThat(tun.controllers()).containsExactly(new OvsTarget("tcp:127.0.0.1:6633", true));
        assertThat(tun.failMode()).isEqualTo("secure");
        assertThat(tun.datapathType()).isEqualTo("system");
        assertThat(tun.ports()).extracting(OvsPort::name)
                .containsExactly("vxlan-0a000085", "patch-int", "vxlan-0a000072", "br-tun");
        OvsInterface vxlan = tun.ports().get(0).interfaces().get(0);
        assertThat(vxlan.type()).isEqualTo("vxlan");
        assertThat(vxlan.options()).containsEntry("remote_ip", "10.0.0.133").containsEntry("in_key", "flow")
                .containsEntry("df_default", "true").hasSize(6);
        assertThat(tun.ports().get(1).interfaces().get(0).options()).containsExactlyEntriesOf(
                java.util.Map.of("peer", "patch-tun"));

        OvsBridge ex = config.bridge("br-ex");
        assertThat(ex.controllers()).isEmpty();
        assertThat(ex.failMode()).isNull();

        OvsBridge integration = config.bridge("br-int");
        assertThat(integration.ports()).hasSize(9);
        assertThat(integration.ports()).extracting(OvsPort::tag).containsExactly(3, 3, 3, null, 1, 2, null, null, 2);
        assertThat(integration.ports().get(1).interfaces().get(0).type()).isEmpty();
    }

    @Test
    void kubeOvnNodeWithQuotedPortNamesAndSttTunnels() {
        Parsed<OvsSwitchConfig> parsed = parser.parse(ClasspathFixtures.read("realdata/21-kubectl-ko-vsctl-show--kube-ovn.txt"));
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1);
        OvsSwitchConfig config = parsed.items().get(0);
        assertThat(config.uuid()).isEqualTo("0d4c4675-c9cc-440a-8c1a-878e17f81b88");
        assertThat(config.ovsVersion()).isEqualTo("2.17.2");
        OvsBridge integration = config.bridge("br-int");
        assertThat(integration.ports()).extracting(OvsPort::name).containsExactly("a2c1a8a8b83a_h", "4fa5c4cbb1a5_h",
                "ovn-eef07d-0", "ovn0", "mirror0", "ovn-efa253-0", "br-int");
        OvsInterface stt = integration.ports().get(2).interfaces().get(0);
        assertThat(stt.name()).isEqualTo("ovn-eef07d-0");
        assertThat(stt.type()).isEqualTo("stt");
        assertThat(stt.options()).containsEntry("remote_ip", "192.168.137.178").containsEntry("csum", "true")
                .containsEntry("key", "flow");
        assertThat(integration.ports().get(1).interfaces().get(0).name()).isEqualTo("4fa5c4cbb1a5_h");
    }
}
