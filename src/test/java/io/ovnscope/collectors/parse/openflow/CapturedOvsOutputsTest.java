package io.ovnscope.collectors.parse.openflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.BridgeFeatures;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowDump.DumpFormat;
import io.ovnscope.core.model.openflow.FlowFlag;
import io.ovnscope.core.model.openflow.FlowStats;
import io.ovnscope.core.model.openflow.LearnPart;
import io.ovnscope.core.model.openflow.MatchField;
import io.ovnscope.core.model.openflow.OpenFlowPort;
import io.ovnscope.core.model.openflow.OvsBridge;
import io.ovnscope.core.model.openflow.OvsInterface;
import io.ovnscope.core.model.openflow.OvsPort;
import io.ovnscope.core.model.openflow.OvsSwitchConfig;
import io.ovnscope.core.model.openflow.PortRef;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.testing.ClasspathFixtures;

import org.junit.jupiter.api.Test;

/** Outputs of a real OVS 3.1 captured here (fixtures/captured/openflow, see its SOURCES): values read by eye. */
class CapturedOvsOutputsTest {
    private final FlowDumpParser parser = new FlowDumpParser();

    private FlowDump dump(String file) {
        return parser.read(ClasspathFixtures.read("captured/openflow/" + file));
    }

    private static Flow at(FlowDump dump, int line) {
        return dump.flows().stream().filter(f -> f.line() == line).findFirst().orElseThrow();
    }

    @Test
    void openFlow10DumpWithALearnedFlowWithoutPriority() {
        FlowDump dump = dump("ovs-ofctl-dump-flows-br-int.txt");
        assertThat(dump.format()).isEqualTo(DumpFormat.OFCTL_OF10);
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(26);
        Flow learning = at(dump, 2);
        assertThat(learning.stats().packets()).isEqualTo(1);
        assertThat(learning.stats().bytes()).isEqualTo(118);
        assertThat(learning.actions().get(0)).isInstanceOf(Action.Learn.class);
        Flow withoutPriority = at(dump, 23);
        assertThat(withoutPriority.cookie()).isEqualTo(0x30);
        assertThat(withoutPriority.priorityWritten()).isFalse();
        Flow learned = at(dump, 24);
        assertThat(learned.priorityWritten()).isFalse();
        assertThat(learned.hardTimeout()).isEqualTo(300);
        assertThat(learned.match()).containsExactly(new MatchField("dl_dst", "50:54:00:00:00:01", null));
        assertThat(learned.actions()).containsExactly(Action.Output.to(new PortRef.Numbered(3)));
        assertThat(at(dump, 25).idleTimeout()).isEqualTo(600);
    }

    @Test
    void openFlow15DumpShowsFlagsAndImportance() {
        FlowDump dump = dump("ovs-ofctl-O-OpenFlow15-dump-flows-br-int.txt");
        assertThat(dump.format()).isEqualTo(DumpFormat.OFCTL_OF13_PLUS);
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(26);
        Flow flagged = at(dump, 25);
        assertThat(flagged.flags()).containsExactlyInAnyOrder(FlowFlag.SEND_FLOW_REM, FlowFlag.RESET_COUNTS);
        assertThat(flagged.importance()).isEqualTo(5);
        assertThat(flagged.idleTimeout()).isEqualTo(600);
        assertThat(flagged.priority()).isEqualTo(7);
        assertThat(at(dump, 2).flags()).containsExactly(FlowFlag.RESET_COUNTS);
    }

    @Test
    void noStatsDumpHasNoHeaderAndLeavesOutZeroCookieTableAndDefaultPriority() {
        FlowDump dump = dump("ovs-ofctl-no-stats-dump-flows-br-int.txt");
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(26);
        Flow first = at(dump, 1);
        assertThat(first.stats()).isEqualTo(FlowStats.NONE);
        assertThat(first.cookie()).isZero();
        assertThat(first.table()).isZero();
        assertThat(first.priority()).isEqualTo(50);
        Flow learned = at(dump, 23);
        assertThat(learned.table()).isEqualTo(20);
        assertThat(learned.priorityWritten()).isFalse();
        assertThat(learned.hardTimeout()).isEqualTo(300);
    }

    @Test
    void namesDumpHasNoHeaderNoAgesAndPortNamesQuotedOnlyWhenNeeded() {
        FlowDump dump = dump("ovs-ofctl-names-dump-flows-br-int.txt");
        assertThat(dump.format()).isEqualTo(DumpFormat.OFCTL_HEADERLESS);
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(26);
        assertThat(at(dump, 1).matchField("in_port").port()).isEqualTo(new PortRef.Named("uplink0"));
        assertThat(at(dump, 1).stats().idleAgeSeconds()).isEqualTo(FlowStats.ABSENT);
        assertThat(at(dump, 23).actions()).containsExactly(Action.Output.to(new PortRef.Named("uplink0")));
        assertThat(at(dump, 24).actions()).containsExactly(Action.Output.to(new PortRef.Named("antrea-gw0")));
    }

    @Test
    void appctlDumpsShowTheHiddenTableAndOffloadCounters() {
        FlowDump plain = dump("ovs-appctl-bridge-dump-flows-br-int.txt");
        FlowDump offload = dump("ovs-appctl-bridge-dump-flows-offload-stats-br-int.txt");
        assertThat(plain.problems()).isEmpty();
        assertThat(offload.problems()).isEmpty();
        assertThat(plain.format()).isEqualTo(DumpFormat.APPCTL);
        assertThat(plain.flows()).hasSize(30);
        assertThat(plain.flows().stream().filter(f -> f.table() == 254)).hasSize(4);
        assertThat(at(plain, 1).stats().offloadPackets()).isEqualTo(FlowStats.ABSENT);
        assertThat(at(offload, 1).stats().offloadPackets()).isZero();
        assertThat(at(offload, 1).stats().packets()).isEqualTo(1);
    }

    @Test
    void longDumpComesInPartsWhoseHeadersAreNotProblems() {
        FlowDump dump = dump("ovs-ofctl-dump-flows-br-big-700-generated-flows.txt");
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(701);
        assertThat(dump.flows()).extracting(Flow::line).doesNotContain(1, 414);
    }

    @Test
    void realOvnBrIntDumpReadsWithoutAProblem() {
        FlowDump dump = dump("ovn-23.03-br-int-ovs-ofctl-dump-flows.txt");
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(374);
        Flow classification = at(dump, 2);
        assertThat(classification.cookie()).isEqualTo(0xa94d81f6L);
        assertThat(classification.match()).containsExactly(new MatchField("in_port", "3", null));
        assertThat(classification.actions()).hasSize(6).first()
                .isEqualTo(new Action.Load("0x2", new FieldRef("NXM_NX_REG13", null, null, true)));
        assertThat(at(dump, 329).actions()).containsExactly(new Action.Conjunction(1461457404, 1, 2));
        assertThat(at(dump, 152).actions()).last().isEqualTo(new Action.Group(1));
        Action.Learn learn = (Action.Learn) at(dump, 373).actions().get(1);
        assertThat(learn.parts()).contains(new LearnPart.Setting("delete_learned", null),
                new LearnPart.MatchSpec(FieldRef.whole("eth_type"), "0x800"),
                new LearnPart.MatchSpec(FieldRef.whole("ip_dst"), "10.96.0.10"));
        assertThat(at(dump, 14).actions().get(0))
                .isEqualTo(new Action.Push(new FieldRef("NXM_NX_XXREG0", null, null, true)));
    }

    @Test
    void realOvnBrIntDumpInOpenFlow15ComesInTwoParts() {
        FlowDump dump = dump("ovn-23.03-br-int-ovs-ofctl-O-OpenFlow15-dump-flows.txt");
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(374);
        assertThat(dump.flows()).extracting(Flow::line).doesNotContain(1, 371);
    }

    @Test
    void showOfAUserspaceBridge() {
        Parsed<BridgeFeatures> parsed = new OfctlShowParser()
                .parse(ClasspathFixtures.read("captured/openflow/ovs-ofctl-O-OpenFlow13-show-br-int.txt"));
        assertThat(parsed.problems()).isEmpty();
        BridgeFeatures bridge = parsed.items().get(0);
        assertThat(bridge.dpid()).isEqualTo("00007af6db232142");
        assertThat(bridge.ports()).extracting(OpenFlowPort::name).containsExactly("antrea-gw0", "uplink0", "br-int");
        assertThat(bridge.port(2).state()).containsExactly("LIVE");
        assertThat(bridge.ports().get(2).current()).containsExactly("10GB-FD", "COPPER");
    }

    @Test
    void vsctlShowWithoutVersionLine() {
        Parsed<OvsSwitchConfig> parsed = new VsctlShowParser()
                .parse(ClasspathFixtures.read("captured/openflow/ovs-vsctl-show.txt"));
        assertThat(parsed.problems()).isEmpty();
        OvsSwitchConfig config = parsed.items().get(0);
        assertThat(config.ovsVersion()).isNull();
        OvsBridge bridge = config.bridge("br-int");
        assertThat(bridge.datapathType()).isEqualTo("netdev");
        assertThat(bridge.ports()).extracting(OvsPort::name).containsExactly("uplink0", "antrea-gw0", "br-int");
        assertThat(bridge.ports()).flatExtracting(OvsPort::interfaces).extracting(OvsInterface::type)
                .containsExactly("dummy", "dummy", "internal");
    }
}
