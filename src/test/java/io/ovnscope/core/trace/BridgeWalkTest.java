package io.ovnscope.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowStats;
import io.ovnscope.core.model.openflow.MatchField;
import io.ovnscope.core.model.openflow.PortRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A bridge walk over flows whose values the trace cannot read stops with the reason, never with an exception. */
class BridgeWalkTest {
    private static final Packet PACKET = new Packet(IpEndpoint.parse("10.0.0.1").orElseThrow(),
            IpEndpoint.parse("10.0.0.2:80").orElseThrow(), TraceProtocol.TCP, Optional.empty());

    @Test
    void aLoadOfAValueThatIsNoNumberStopsTheWalkWithItsFlow() {
        // ovs-ofctl prints load values as numbers; a hand-edited dump may hold anything.
        Flow flow = flow(List.of(new Action.Load("not-a-number", FieldRef.whole("NXM_NX_REG0"))));
        BridgeResult result = walk(flow);
        assertThat(result.outPort()).isEmpty();
        assertThat(result.stopReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("load:not-a-number->NXM_NX_REG0", "cannot read"));
    }

    @Test
    void aReadableLoadIsAppliedAndTheWalkGoesOn() {
        Flow flow = flow(List.of(new Action.Load("0x4", FieldRef.whole("NXM_NX_REG0")),
                new Action.Output(new PortRef.Numbered(1), null, null)));
        BridgeResult result = walk(flow);
        assertThat(result.stopReason()).isEmpty();
        assertThat(result.outPort()).contains(1L);
    }

    private static BridgeResult walk(Flow flow) {
        FlowDump dump = new FlowDump(FlowDump.DumpFormat.OFCTL_OF13_PLUS, List.of(flow), List.of(), false);
        return new BridgeWalk(new BridgePorts("br0", Optional.empty(), Optional.empty()), new FlowIndex(dump),
                new RawOutputs(List.of()), PACKET, 1).run();
    }

    private static Flow flow(List<Action> actions) {
        return new Flow(1, 0, 0, 100, true, null, null, null, Set.of(), FlowStats.NONE,
                List.of(MatchField.shorthand("ip")), actions);
    }
}
