package io.ovnscope.collectors.parse.openflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowDump.DumpFormat;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.core.model.openflow.FlowStats;
import io.ovnscope.core.model.openflow.MatchField;
import io.ovnscope.core.model.openflow.Nat;
import io.ovnscope.core.model.openflow.PortRef;
import io.ovnscope.core.parse.Problem;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Forms the real fixtures do not show, written here from ovs-ofctl(8) and what OVS 3.1 prints. */
class FlowDumpParserEdgeCasesTest {
    private final FlowDumpParser parser = new FlowDumpParser();

    private Flow only(String text) {
        FlowDump dump = parser.read(text);
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(1);
        return dump.flows().get(0);
    }

    @Test
    void cookieKeepsAll64BitsUnsigned() {
        Flow flow = only(" cookie=0xffffffffffffffff, table=0, priority=1 actions=drop");
        assertThat(flow.cookie()).isEqualTo(-1L);
        assertThat(Long.toUnsignedString(flow.cookie(), 16)).isEqualTo("ffffffffffffffff");
        assertThat(FlowPrinter.print(flow)).startsWith("table=0,cookie=0xffffffffffffffff,");
    }

    @Test
    void noStatsDumpHasNoCounters() {
        Flow flow = only(" priority=10,ip,nw_dst=10.0.0.0/8 actions=drop");
        assertThat(flow.stats()).isEqualTo(FlowStats.NONE);
        assertThat(flow.matchField("nw_dst")).isEqualTo(new MatchField("nw_dst", "10.0.0.0", "8"));
    }

    @Test
    void repeatedMoreHeadersOfALongDumpAreHeadersNotProblems() {
        String text = "NXST_FLOW reply (xid=0x4): flags=[more]\n"
                + " cookie=0x1, duration=1.5s, table=0, n_packets=0, n_bytes=0, idle_age=1, priority=1 actions=drop\n"
                + "NXST_FLOW reply (xid=0x4): flags=[more]\n"
                + " cookie=0x2, duration=1.5s, table=0, n_packets=0, n_bytes=0, idle_age=1, priority=2 actions=drop\n"
                + "NXST_FLOW reply (xid=0x4):\n";
        FlowDump dump = parser.read(text);
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.format()).isEqualTo(DumpFormat.OFCTL_OF10);
        assertThat(dump.flows()).extracting(Flow::line).containsExactly(2, 4);
    }

    @Test
    void crlfAndLoneCrLinesNumberLikeLf() {
        FlowDump dump = parser.read("OFPST_FLOW reply (OF1.3) (xid=0x2):\r\n cookie=0x0, priority=1 actions=drop\r"
                + " cookie=0x0, priority=2 actions=NORMAL\r\n");
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).extracting(Flow::line).containsExactly(2, 3);
    }

    @Test
    void namesDumpQuotesPortNamesAndHasNoAges() {
        Flow flow = only(" cookie=0x0, duration=3.2s, table=0, n_packets=7, n_bytes=70, priority=10,"
                + "in_port=\"ovn-k8s-mp0\" actions=output:\"patch-br-int-to\",LOCAL");
        assertThat(flow.matchField("in_port").port()).isEqualTo(new PortRef.Named("ovn-k8s-mp0"));
        assertThat(flow.stats().idleAgeSeconds()).isEqualTo(FlowStats.ABSENT);
        assertThat(flow.actions()).containsExactly(Action.Output.to(new PortRef.Named("patch-br-int-to")),
                Action.Output.to(new PortRef.Reserved("LOCAL")));
    }

    @Test
    void appctlTableIdAndCommaJoinedActions() {
        Flow flow = only("table_id=5, duration=12s, n_packets=1, n_bytes=2, priority=100,ip,actions=ct(table=6,zone=1)");
        assertThat(flow.table()).isEqualTo(5);
        assertThat(flow.stats().durationSeconds()).isEqualTo(12.0);
        assertThat(flow.match()).containsExactly(MatchField.shorthand("ip"));
    }

    @Test
    void natWithIpv6RangePortsAndFlags() {
        Flow flow = only("priority=1,ipv6 actions=ct(commit,zone=NXM_NX_REG13[0..15],"
                + "nat(src=[fd00::1]-[fd00::9]:1000-2000,persistent,random),alg=ftp)");
        Action.Ct ct = (Action.Ct) flow.actions().get(0);
        assertThat(ct.nat()).isEqualTo(new Nat(Nat.Kind.SRC, "fd00::1", "fd00::9", 1000, 2000,
                List.of("persistent", "random")));
        assertThat(ct.alg()).isEqualTo("ftp");
        assertThat(FlowPrinter.print(flow)).endsWith("actions=ct(commit,zone=NXM_NX_REG13[0..15],"
                + "nat(src=[fd00::1]-[fd00::9]:1000-2000,persistent,random),alg=ftp)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "output:3", "output:NXM_NX_REG15[0..15]", "output(port=2,max_len=128)", "NORMAL", "IN_PORT", "LOCAL",
        "FLOOD", "ALL", "resubmit(,8)", "resubmit(3,8)", "resubmit(,8,ct)", "resubmit(4,)",
        "ct(commit,force,table=8,zone=5,nat(dst=10.0.0.1-10.0.0.9:80),exec(set_field:0x1->ct_mark))",
        "ct(table=8,zone=NXM_NX_REG13[0..15],nat)", "ct(commit,exec())", "load:0x1->NXM_NX_REG0[3]",
        "move:NXM_OF_ETH_SRC[]->NXM_OF_ETH_DST[]", "set_field:0x1/0x1->reg10", "set_field:fa:16:3e:00:00:01->eth_src",
        "learn(table=69,delete_learned,cookie=0x1,OXM_OF_METADATA[],NXM_OF_ETH_TYPE[],NXM_NX_REG15[0..15]=0x3,"
                + "load:0x1->NXM_NX_REG10[7],output:NXM_NX_REG14[])",
        "conjunction(1234,2/3)", "controller(userdata=00.00.00.0c.00.00.00.00,pause,meter_id=1)",
        "controller(reason=no_match,max_len=65535)", "controller", "group:7", "drop", "note:00.11.22", "ct_clear",
        "dec_ttl", "dec_ttl(1,2)", "mod_dl_src:fa:16:3e:00:00:01", "mod_nw_dst:10.0.0.1", "mod_tp_dst:80",
        "mod_vlan_vid:5", "push_vlan:0x8100", "pop_vlan", "strip_vlan", "meter:2",
        "clone(set_field:0x1->reg0,resubmit(,9))", "check_pkt_larger(1514)->NXM_NX_REG0[6]",
        "sample(probability=65535,collector_set_id=1,obs_domain_id=2,obs_point_id=3)",
        "multipath(eth_src,50,modulo_n,1,0,NXM_NX_REG0[])", "bundle(eth_src,0,hrw,ofport,members:4,8)",
        "bundle_load(eth_src,0,hrw,ofport,NXM_NX_REG0[],members:4,8)", "goto_table:5",
        "write_metadata:0x1/0xff"})
    void everyModelledActionPrintsBackAsItWasWritten(String action) {
        Flow flow = only("priority=1,ip actions=" + action);
        assertThat(flow.actions()).hasSize(1).noneMatch(a -> a instanceof Action.Unknown);
        assertThat(FlowPrinter.actions(flow.actions())).isEqualTo(action);
    }

    @Test
    void controllerWithMaxLengthAfterAColonIsTheSameAsItsArgumentForm() {
        Flow flow = only("priority=1 actions=CONTROLLER:65535");
        assertThat(FlowPrinter.actions(flow.actions())).isEqualTo("controller(max_len=65535)");
    }

    @Test
    void unknownActionIsKeptAndReportedAndTheRestStillRead() {
        FlowDump dump = parser.read(" cookie=0x0, priority=1 actions=encap(nsh),resubmit(,3)");
        assertThat(dump.flows()).singleElement().satisfies(flow -> assertThat(flow.actions())
                .containsExactly(new Action.Unknown("encap(nsh)"), new Action.Resubmit(null, 3, false)));
        assertThat(dump.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.reason()).contains("encap(nsh)", "kept");
        });
        assertThat(FlowPrinter.print(dump.flows().get(0))).endsWith("actions=encap(nsh),resubmit(,3)");
    }

    @Test
    void misspeltMatchFieldIsKeptAndReported() {
        FlowDump dump = parser.read("priority=1,nw_dts=10.0.0.1 actions=drop");
        assertThat(dump.flows()).hasSize(1);
        assertThat(dump.problems()).extracting(Problem::reason).singleElement().asString().contains("nw_dts");
    }

    @Test
    void lineWithoutActionsIsReportedNotDropped() {
        FlowDump dump = parser.read(" cookie=0x0, duration=1s, table=0, priority=1,ip\nhello\n");
        assertThat(dump.flows()).isEmpty();
        assertThat(dump.problems()).extracting(Problem::line).containsExactly(1, 2);
        assertThat(dump.problems().get(0).reason()).contains("no 'actions='");
    }

    @Test
    void flowEndingInAnElisionIsReadAndTheCutReported() {
        FlowDump dump = parser.read(" cookie=0x0, priority=1,ip actions=output:2 ...");
        assertThat(dump.flows()).singleElement().satisfies(flow ->
                assertThat(flow.actions()).containsExactly(Action.Output.to(new PortRef.Numbered(2))));
        assertThat(dump.problems()).singleElement().extracting(Problem::reason).asString().contains("elision");
    }

    @Test
    void emptyTextIsAnEmptyDumpNotAFailure() {
        FlowDump dump = parser.read("");
        assertThat(dump.flows()).isEmpty();
        assertThat(dump.failed()).isFalse();
        assertThat(dump.format()).isEqualTo(DumpFormat.UNKNOWN);
    }
}
