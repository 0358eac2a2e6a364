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
import org.junit.jupiter.params.provider.MethodSource;

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
    void noStatsFlowOfTableZeroWithZeroCookieAndDefaultPriorityIsItsBareMatch() {
        Flow flow = only(" ip,nw_dst=10.0.0.99 actions=drop");
        assertThat(flow.priorityWritten()).isFalse();
        assertThat(flow.match()).containsExactly(MatchField.shorthand("ip"), new MatchField("nw_dst", "10.0.0.99", null));
    }

    @Test
    void promptWithAnAddFlowCommandIsAPromptNotAFlow() {
        FlowDump dump = parser.read("$ ovs-ofctl add-flow br0 priority=1,actions=drop");
        assertThat(dump.flows()).isEmpty();
        assertThat(dump.problems()).singleElement().extracting(Problem::reason).asString().contains("prompt");
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
    @MethodSource("io.ovnscope.collectors.parse.openflow.ActionSamples#modelled")
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
