package io.ovnscope.collectors.parse.openflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowDump.DumpFormat;
import io.ovnscope.core.model.openflow.MatchField;
import io.ovnscope.core.model.openflow.Nat;
import io.ovnscope.core.model.openflow.PortRef;
import io.ovnscope.core.parse.Problem;
import io.ovnscope.testing.ClasspathFixtures;
import io.ovnscope.testing.NodePortSeedFlows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The flows of the seed documents (fixtures/seed): values read off the seed by eye. */
class SeedFlowsTest {
    private final FlowDumpParser parser = new FlowDumpParser();

    @Test
    void microshiftBrExSnatRuleFromAppctlDump() {
        FlowDump dump = parser.read(ClasspathFixtures.read("seed/seed004-ovs-appctl-bridge-dump-flows-br-ex-snat.txt"));
        assertThat(dump.format()).isEqualTo(DumpFormat.APPCTL);
        assertThat(dump.problems()).extracting(Problem::line).containsExactly(1);
        assertThat(dump.problems().get(0).reason()).contains("prompt");
        Flow flow = dump.flows().get(0);
        assertThat(dump.flows()).hasSize(1);
        assertThat(flow.stats().packets()).isEqualTo(125632);
        assertThat(flow.stats().bytes()).isEqualTo(11563111);
        assertThat(flow.stats().durationSeconds()).isEqualTo(538658.0);
        assertThat(flow.priority()).isEqualTo(500);
        assertThat(flow.match()).containsExactly(MatchField.shorthand("ip"), new MatchField("in_port", "LOCAL", null),
                new MatchField("nw_dst", "10.43.0.0", "16"));
        assertThat(flow.matchField("in_port").port()).isEqualTo(new PortRef.Reserved("LOCAL"));
        assertThat(flow.actions()).containsExactly(new Action.Ct(true, false, 2, 64001L, null,
                new Nat(Nat.Kind.SRC, "169.254.169.2", null, null, null, List.of()), null, null));
    }

    @Test
    void microshiftBrExLoopbackRule() {
        FlowDump dump = parser.read(ClasspathFixtures.read("seed/seed004-ovs-appctl-bridge-dump-flows-br-ex-loopback.txt"));
        Flow flow = dump.flows().get(0);
        assertThat(flow.matchField("in_port").port()).isEqualTo(new PortRef.Numbered(2));
        assertThat(flow.matchField("nw_src").value()).isEqualTo("192.168.122.14");
        assertThat(flow.matchField("nw_dst").value()).isEqualTo("10.44.0.0");
        assertThat(flow.actions()).containsExactly(new Action.Ct(true, false, 4, 64001L, null, null, null, null));
    }

    @Test
    void nodePortFlowSetAfterSubstitution() {
        List<String> flows = NodePortSeedFlows.flows();
        assertThat(flows).hasSize(21).noneMatch(flow -> flow.contains("$"));
        FlowDump dump = parser.read(String.join("\n", flows));
        assertThat(dump.problems()).isEmpty();
        assertThat(dump.flows()).hasSize(21);

        Flow uplink = dump.flows().get(0);
        assertThat(uplink.table()).isEqualTo(5);
        assertThat(uplink.cookie()).isEqualTo(0x520);
        assertThat(uplink.priority()).isEqualTo(210);
        assertThat(uplink.match()).containsExactly(new MatchField("reg0", "0x4", "0xffff"), MatchField.shorthand("ip"),
                new MatchField("nw_dst", "10.176.25.244", null), MatchField.shorthand("tcp"),
                new MatchField("tp_dst", "31736", null));
        assertThat(uplink.actions()).containsExactly(new Action.Resubmit(null, 6, false));

        Flow dnat = dump.flows().stream().filter(f -> f.table() == 8 && f.priority() == 190
                && f.matchField("ct_state").value().equals("+new+trk")).findFirst().orElseThrow();
        assertThat(dnat.actions()).containsExactly(new Action.Load("0x1", new FieldRef("NXM_NX_REG8", null, null, true)),
                new Action.Ct(true, false, 9, 52100L, null,
                        new Nat(Nat.Kind.DST, "169.254.169.110", null, null, null, List.of()), null, null));

        Flow bareOutput = dump.flows().stream().filter(f -> f.cookie() == 0x999).findFirst().orElseThrow();
        assertThat(bareOutput.actions()).containsExactly(Action.Output.to(new PortRef.Numbered(2)));

        Flow snat = dump.flows().stream().filter(f -> f.table() == 11 && f.priority() == 190
                && f.matchField("tcp") != null).findFirst().orElseThrow();
        assertThat(((Action.Ct) snat.actions().get(0)).nat().addressMin()).isEqualTo(NodePortSeedFlows.GATEWAY_IP);
    }
}
