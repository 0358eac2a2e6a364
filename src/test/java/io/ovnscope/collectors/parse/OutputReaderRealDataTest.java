package io.ovnscope.collectors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.ClasspathFixtures;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every real capture is read by the parser its content calls for. The expected kind of each file comes
 * from what the file is (its source table in SOURCES.md and its first lines), not from the recogniser.
 */
class OutputReaderRealDataTest {
    private final OutputReader reader = new OutputReader(OutputKinds.all());

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "01-ovs-ofctl-dump-flows-br-int--neutron-ovs-dvr-of10.txt, ofctl-flows",
        "02-ovs-ofctl-O-OpenFlow13-dump-flows-br-int--neutron-ovs-dvr.txt, ofctl-flows",
        "03-ovs-ofctl-dump-flows-br-tun--neutron-ovs-learn.txt, ofctl-flows",
        "04-ovs-appctl-bridge-dump-flows-offload-stats-br-int--neutron-ovs.txt, appctl-flows",
        "05-ovs-vsctl-show--neutron-ovs-dvr.txt, vsctl-show",
        "06-ovs-ofctl-show-br-int--neutron-ovs-dvr.txt, ofctl-show",
        "07-iptables-save--neutron-qrouter-netns.txt, iptables-save",
        "08-ip-route-show-table-all--neutron-node.txt, ip-route",
        "09-ip-d-address--neutron-node.txt, ip-addr",
        "10-iptables-t-nat-nvL--k8s-canal-kube-proxy-node.txt, iptables-list",
        "11-ip-route-show-table-all--k8s-flannel-node.txt, ip-route",
        "12-ovs-ofctl-dump-flows-br-ex--ERROR-version-negotiation-failed--sunbeam.txt, ofctl-flows",
        "13-ovs-appctl-bridge-dump-flows-offload-stats-br-int--ovn-sunbeam-hidden-table254.txt, appctl-flows",
        "14-ovs-ofctl-O-OpenFlow15-dump-flows-br-ex--ovn-sunbeam.txt, ofctl-flows",
        "20-kubectl-ko-nbctl-show--kube-ovn.txt, nb-show",
        "21-kubectl-ko-vsctl-show--kube-ovn.txt, vsctl-show",
        "28-iptables-save--ovn-kubernetes-egressip-EDITED.txt, iptables-save",
        "33-ovn-nbctl-lr-policy-list--ovn-kubernetes-egress-service.txt, nb-policies",
        "34-ovn-nbctl-show-abbrev--ovn-openstack-tutorial-EDITED.txt, nb-show",
        "36-ovs-ofctl-dump-flows-br-int-WRAPPED--neutron-ovn-refarch-EDITED.txt, ofctl-flows",
        "42-ip-j-p-addr-show--cloud-init-fixture.json, ip-addr-json",
        "43-kubectl-ko-sbctl-show--kube-ovn.txt, sb-show",
        "44-ovs-ofctl-dump-flows-brp0-excerpt--ovn-kubernetes-dpu-accel.txt, ofctl-flows",
    })
    void eachSingleCommandCaptureIsReadByItsParser(String file, String kind) {
        OutputReader.Reading reading = reader.read(ClasspathFixtures.realdata(file));
        assertThat(reading).isInstanceOf(OutputReader.Single.class);
        assertThat(((OutputReader.Single) reading).kind().name()).isEqualTo(kind);
    }

    @Test
    void aPastedSessionIsReadCommandByCommand() {
        // 29: dump-flows breth0, ip route, ip rule, ip r show table 1010, each after a ❯ prompt.
        OutputReader.Reading reading = reader.read(ClasspathFixtures.realdata(
                "29-ovs-ofctl-dump-flows-breth0-ip-route-ip-rule--ovn-kubernetes-bgp-EDITED.txt"));
        assertThat(reading).isInstanceOf(OutputReader.Session.class);
        OutputReader.Session session = (OutputReader.Session) reading;
        assertThat(session.blocks()).extracting(b -> b.kind().map(OutputKind::name).orElse("-"))
                .containsExactly("ofctl-flows", "ip-route", "ip-rule", "ip-route");
        assertThat(session.blocks()).extracting(OutputReader.Block::line).containsExactly(1, 8, 15, 21);
        // The elision on line 2 is reported at its line in the whole paste, not in its block.
        assertThat(session.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("elision");
        });
    }

    @Test
    void outputOfACommandOvnscopeDoesNotReadIsReportedLineByLine() {
        // 27: `oc rsh` then `ovn-trace`: neither is an output ovnscope reads.
        OutputReader.Reading reading = reader.read(ClasspathFixtures.realdata(
                "27-ovn-trace-acl-log--ovn-kubernetes-anp.txt"));
        OutputReader.Session session = (OutputReader.Session) reading;
        assertThat(session.blocks()).allSatisfy(b -> assertThat(b.kind()).isEqualTo(Optional.empty()));
        assertThat(session.problems()).anySatisfy(p -> assertThat(p.reason()).contains("`ovn-trace --ct new"));
    }

    @Test
    void anUnknownOutputIsNotGuessedAndEveryLineIsReported() {
        String text = ClasspathFixtures.realdata("26-ovnkube-trace-output--ovn-kubernetes-EDITED.txt");
        OutputReader.Reading reading = reader.read(text);
        assertThat(reading).isInstanceOf(OutputReader.Unrecognised.class);
        // 600 lines, 15 of them blank.
        assertThat(reading.problems()).hasSize(585);
    }
}
