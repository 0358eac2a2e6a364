package io.ovnscope.collectors.parse.openflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowDump.DumpFormat;
import io.ovnscope.core.model.openflow.FlowFlag;
import io.ovnscope.core.model.openflow.FlowStats;
import io.ovnscope.core.model.openflow.LearnPart;
import io.ovnscope.core.model.openflow.MatchField;
import io.ovnscope.core.model.openflow.Nat;
import io.ovnscope.core.model.openflow.PortRef;
import io.ovnscope.core.parse.Problem;
import io.ovnscope.testing.ClasspathFixtures;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The real dumps of fixtures/realdata: counts and values read off the files by eye. */
class FlowDumpParserRealDataTest {
    private final FlowDumpParser parser = new FlowDumpParser();

    private FlowDump read(String file) {
        return parser.read(ClasspathFixtures.read("realdata/" + file));
    }

    private static Flow at(FlowDump dump, int line) {
        return dump.flows().stream().filter(f -> f.line() == line).findFirst().orElseThrow();
    }

    @Test
    void openFlow10DumpOfNeutronBrInt() {
        FlowDump dump = read("01-ovs-ofctl-dump-flows-br-int--neutron-ovs-dvr-of10.txt");
        assertThat(dump.format()).isEqualTo(DumpFormat.OFCTL_OF10);
        assertThat(dump.failed()).isFalse();
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(110);

        Flow first = at(dump, 2);
        assertThat(first.cookieText()).isEqualTo("0x565d7680690eea02");
        assertThat(first.stats().durationSeconds()).isEqualTo(63605.461);
        assertThat(first.stats().idleAgeSeconds()).isEqualTo(63605);
        assertThat(first.stats().packets()).isZero();
        assertThat(first.priority()).isEqualTo(65535);
        assertThat(first.match()).containsExactly(new MatchField("vlan_tci", "0x0fff", "0x1fff"));
        assertThat(first.actions()).containsExactly(new Action.Drop());

        Flow conjunction = at(dump, 88);
        assertThat(conjunction.table()).isEqualTo(82);
        assertThat(conjunction.priority()).isEqualTo(70);
        assertThat(conjunction.match()).containsExactly(new MatchField("ct_state", "+est-rel-rpl", null),
                MatchField.shorthand("ipv6"), new MatchField("reg5", "0x9", null));
        assertThat(conjunction.actions()).containsExactly(new Action.Conjunction(8, 2, 2));

        Action.Ct ct = (Action.Ct) at(dump, 55).actions().get(0);
        assertThat(ct.commit()).isTrue();
        assertThat(ct.zone()).isNull();
        assertThat(ct.zoneField()).isEqualTo(new FieldRef("NXM_NX_REG6", 0, 15, true));
        assertThat(ct.exec()).containsExactly(new Action.Load("0x1", new FieldRef("NXM_NX_CT_MARK", null, null, true)));

        Flow icmp6 = at(dump, 33);
        assertThat(icmp6.matchField("ipv6_src").value()).isEqualTo("fe80::f816:3eff:fea7:45cb");
        assertThat(icmp6.matchField("in_port").port()).isEqualTo(new PortRef.Numbered(9));

        Flow vlan = at(dump, 9);
        assertThat(vlan.actions()).containsExactly(new Action.Modify("mod_vlan_vid", "2"),
                new Action.Resubmit(null, 60, false));
    }

    @Test
    void openFlow13DumpPrintsFlagsAndSetField() {
        FlowDump dump = read("02-ovs-ofctl-O-OpenFlow13-dump-flows-br-int--neutron-ovs-dvr.txt");
        assertThat(dump.format()).isEqualTo(DumpFormat.OFCTL_OF13_PLUS);
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(110);
        Flow reset = at(dump, 30);
        assertThat(reset.flags()).containsExactly(FlowFlag.RESET_COUNTS);
        assertThat(reset.priority()).isEqualTo(110);
        assertThat(reset.actions()).containsExactly(new Action.CtClear(), new Action.Resubmit(null, 71, false));
        assertThat(at(dump, 9).actions()).containsExactly(new Action.PushVlan("0x8100"),
                new Action.SetField("4098", null, FieldRef.whole("vlan_vid")), new Action.GotoTable(60));
        assertThat(at(dump, 2).stats().idleAgeSeconds()).isEqualTo(FlowStats.ABSENT);
    }

    @Test
    void learnActionKeepsItsSpecsAndLearnedFlowsTheirHardTimeout() {
        FlowDump dump = read("03-ovs-ofctl-dump-flows-br-tun--neutron-ovs-learn.txt");
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(39);
        Flow learning = at(dump, 20);
        Action.Learn learn = (Action.Learn) learning.actions().get(0);
        assertThat(learn.parts()).containsExactly(
                new LearnPart.Setting("table", "20"),
                new LearnPart.Setting("hard_timeout", "300"),
                new LearnPart.Setting("priority", "1"),
                new LearnPart.Setting("cookie", "0x5f3e4140959dac5a"),
                new LearnPart.MatchSpec(new FieldRef("NXM_OF_VLAN_TCI", 0, 11, true), null),
                new LearnPart.MatchSpec(new FieldRef("NXM_OF_ETH_DST", null, null, true), "NXM_OF_ETH_SRC[]"),
                new LearnPart.LoadSpec("0", new FieldRef("NXM_OF_VLAN_TCI", null, null, true)),
                new LearnPart.LoadSpec("NXM_NX_TUN_ID[]", new FieldRef("NXM_NX_TUN_ID", null, null, true)),
                new LearnPart.OutputSpec(new FieldRef("OXM_OF_IN_PORT", null, null, true)));
        assertThat(learning.actions().get(1)).isEqualTo(Action.Output.to(new PortRef.Numbered(1)));
        Flow learned = at(dump, 25);
        assertThat(learned.hardTimeout()).isEqualTo(300);
        assertThat(learned.stats().hardAgeSeconds()).isEqualTo(1);
        assertThat(learned.stats().idleAgeSeconds()).isEqualTo(539);
    }

    @Test
    void appctlDumpHasNoCookiesTableIdOnlyWhenNotZeroAndOffloadCounters() {
        FlowDump dump = read("04-ovs-appctl-bridge-dump-flows-offload-stats-br-int--neutron-ovs.txt");
        assertThat(dump.format()).isEqualTo(DumpFormat.APPCTL);
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(114);
        Flow first = at(dump, 1);
        assertThat(first.table()).isZero();
        assertThat(first.cookie()).isZero();
        assertThat(first.stats().durationSeconds()).isEqualTo(63605.0);
        assertThat(first.stats().offloadPackets()).isZero();
        assertThat(first.actions()).containsExactly(new Action.Drop());
        assertThat(dump.flows().stream().filter(f -> f.table() == 254)).hasSize(4);
        assertThat(at(dump, 112).actions()).containsExactly(
                new Action.Controller(List.of(new io.ovnscope.core.model.openflow.Argument("reason", ""))));
    }

    @Test
    void failedDumpIsAnErrorNotAnEmptyBridge() {
        FlowDump dump = read("12-ovs-ofctl-dump-flows-br-ex--ERROR-version-negotiation-failed--sunbeam.txt");
        assertThat(dump.flows()).isEmpty();
        assertThat(dump.failed()).isTrue();
        assertThat(dump.problems()).extracting(Problem::line).containsExactly(1, 2);
        assertThat(dump.problems().get(0).reason()).contains("dump failed", "OpenFlow version", "unknown, not empty");
        assertThat(dump.problems().get(1).reason()).contains("dump failed", "Broken pipe");
    }

    @Test
    void sunbeamAppctlDumpWithHiddenTable254() {
        FlowDump dump = read("13-ovs-appctl-bridge-dump-flows-offload-stats-br-int--ovn-sunbeam-hidden-table254.txt");
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(15);
        assertThat(dump.flows()).extracting(Flow::table)
                .containsExactly(0, 37, 38, 38, 39, 39, 39, 40, 41, 64, 65, 254, 254, 254, 254);
        assertThat(at(dump, 6).match()).containsExactly(new MatchField("reg10", "0x2", "0x3"));
        assertThat(at(dump, 9).actions()).hasSize(11).last().isEqualTo(new Action.Resubmit(null, 42, false));
    }

    @Test
    void openFlow15DumpOfOneFlow() {
        FlowDump dump = read("14-ovs-ofctl-O-OpenFlow15-dump-flows-br-ex--ovn-sunbeam.txt");
        assertThat(dump.format()).isEqualTo(DumpFormat.OFCTL_OF13_PLUS);
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).singleElement().satisfies(flow -> {
            assertThat(flow.priority()).isZero();
            assertThat(flow.match()).isEmpty();
            assertThat(flow.actions()).containsExactly(Action.Output.to(new PortRef.Reserved("NORMAL")));
        });
    }

    @Test
    void editedBgpSessionKeepsItsTwoFlowsAndReportsEveryOtherLine() {
        FlowDump dump = read("29-ovs-ofctl-dump-flows-breth0-ip-route-ip-rule--ovn-kubernetes-bgp-EDITED.txt");
        assertThat(dump.flows()).extracting(Flow::line).containsExactly(4, 5);
        assertThat(at(dump, 4).actions()).containsExactly(Action.Output.to(new PortRef.Reserved("LOCAL")));
        assertThat(at(dump, 5).matchField("nw_dst")).isEqualTo(new MatchField("nw_dst", "10.244.1.0", "24"));
        assertThat(dump.problems()).extracting(Problem::line)
                .containsExactly(1, 2, 3, 6, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25);
        assertThat(dump.problems()).filteredOn(p -> p.line() == 1).first()
                .extracting(Problem::reason).asString().contains("prompt");
        assertThat(dump.problems()).filteredOn(p -> p.line() == 2).first()
                .extracting(Problem::reason).asString().contains("elision");
        assertThat(dump.problems()).filteredOn(p -> p.line() == 3).first()
                .extracting(Problem::reason).asString().contains("comment");
    }

    @Test
    void filteredSessionKeepsTheGreppedFlows() {
        FlowDump dump = read("31-ovs-ofctl-show-breth0-dump-flows-grep--ovn-kubernetes-FILTERED.txt");
        assertThat(dump.flows()).extracting(Flow::line).containsExactly(18, 19, 20);
        Action.Ct ct = (Action.Ct) at(dump, 18).actions().get(0);
        assertThat(ct.zone()).isEqualTo(64000L);
        assertThat(ct.exec()).hasSize(1);
        assertThat(dump.problems()).extracting(Problem::line)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17);
    }

    @Test
    void handWrappedFlowsAreJoinedAndReportedOncePerFlow() {
        FlowDump dump = read("36-ovs-ofctl-dump-flows-br-int-WRAPPED--neutron-ovn-refarch-EDITED.txt");
        assertThat(dump.flows()).hasSize(55);
        assertThat(dump.problems()).hasSize(55).allSatisfy(p -> assertThat(p.reason()).contains("hand-wrapped"));
        Flow first = at(dump, 1);
        assertThat(first.stats().idleAgeSeconds()).isEqualTo(1);
        assertThat(first.priority()).isEqualTo(100);
        assertThat(first.actions()).containsExactly(
                new Action.Load("0x4", new FieldRef("NXM_NX_REG5", null, null, true)),
                new Action.Load("0x5", new FieldRef("OXM_OF_METADATA", null, null, true)),
                new Action.Load("0x3", new FieldRef("NXM_NX_REG6", null, null, true)),
                new Action.Resubmit(null, 16, false));
        assertThat(dump.problems().get(0).reason()).contains("lines 1-4");
        Flow arp = at(dump, 26);
        assertThat(arp.match()).extracting(MatchField::name)
                .containsExactly("arp", "reg6", "metadata", "dl_src", "arp_spa", "arp_sha");
    }

    @Test
    void dpuExcerptWithPortNamesHugeCountersAndAFlowWithoutPriority() {
        FlowDump dump = read("44-ovs-ofctl-dump-flows-brp0-excerpt--ovn-kubernetes-dpu-accel.txt");
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(11);
        Flow nat = at(dump, 2);
        assertThat(nat.matchField("in_port").port()).isEqualTo(new PortRef.Named("pf0vf1_r"));
        Action.Ct ct = (Action.Ct) nat.actions().get(0);
        assertThat(ct.nat()).isEqualTo(new Nat(Nat.Kind.SRC, "169.254.0.2", null, null, null, List.of()));
        assertThat(ct.table()).isEqualTo(2);
        assertThat(ct.zone()).isEqualTo(64001L);
        Flow geneve = at(dump, 3);
        assertThat(geneve.stats().packets()).isEqualTo(359877855L);
        assertThat(geneve.stats().bytes()).isEqualTo(531033264511L);
        assertThat(geneve.matchField("in_port").port()).isEqualTo(new PortRef.Named("p0"));
        Flow noPriority = at(dump, 11);
        assertThat(noPriority.priorityWritten()).isFalse();
        assertThat(noPriority.priority()).isEqualTo(Flow.DEFAULT_PRIORITY);
        assertThat(noPriority.table()).isEqualTo(3);
        assertThat(noPriority.stats().bytes()).isEqualTo(276779L);
        assertThat(noPriority.actions()).hasSize(3);
        assertThat(at(dump, 6).actions()).containsExactly(
                Action.Output.to(new PortRef.Named("patch-brp0_c-23")), Action.Output.to(new PortRef.Named("pf0vf1_r")));
    }
}
