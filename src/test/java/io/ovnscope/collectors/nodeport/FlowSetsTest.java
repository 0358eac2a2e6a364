package io.ovnscope.collectors.nodeport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.nodeport.FlowSetDiff;
import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.nodeport.NodePortProgram;
import io.ovnscope.core.nodeport.PlannedFlow;
import io.ovnscope.testing.ClasspathFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planned set against what real OVS 3.1 printed back after installing it (fixtures/captured/nodeport). */
class FlowSetsTest {
    private final NodePortParameters seed = NodePortParameters.seedDefaults(IpAddress.parse("10.176.25.1").orElseThrow());

    private static List<Flow> dump(String name) {
        return new FlowDumpParser().read(ClasspathFixtures.read("captured/nodeport/" + name)).flows();
    }

    @Test
    void ovsRewritesEveryPlannedFlowButTheyAreStillTheSameFlows() {
        List<Flow> dumped = dump("dump-flows-cookie-0x520-seed-set.txt");
        // 21 lines: the OFPST_FLOW header and 20 flows.
        assertThat(dumped).hasSize(20);
        FlowSetDiff diff = FlowSets.diff(NodePortProgram.flows(seed), dumped);
        assertThat(diff.missing()).isEmpty();
        assertThat(diff.unexpected()).isEmpty();
        assertThat(diff.present()).hasSize(20);
        assertThat(diff.exact()).isTrue();
    }

    @Test
    void theTestFlowWrittenAsABarePortIsTheDumpsOutput2() {
        List<Flow> both = new ArrayList<>(dump("dump-flows-cookie-0x520-seed-set.txt"));
        both.addAll(dump("dump-flows-cookie-0x999-seed-set.txt"));
        assertThat(FlowSets.diff(NodePortProgram.flows(seed.withTestFlows(true)), both).exact()).isTrue();
        // Without the test flows planned, the 0x999 flow is the one left over.
        FlowSetDiff withoutTest = FlowSets.diff(NodePortProgram.flows(seed), both);
        assertThat(withoutTest.unexpected()).singleElement().asString()
                .startsWith("table=11,cookie=0x999,priority=190,");
    }

    @Test
    void aFlowThatDiffersInOneValueIsMissingAndUnexpected() {
        List<Flow> dumped = dump("dump-flows-cookie-0x520-seed-set.txt");
        NodePortParameters otherVip = new NodePortParameters(seed.nodeIp(), seed.nodePorts(),
                IpAddress.parse("169.254.169.111").orElseThrow(), seed.gatewayIp(), 2, 0x520, 0x999, 52100, 52200,
                65500, 4, seed.tables(), false);
        FlowSetDiff diff = FlowSets.diff(NodePortProgram.flows(otherVip), dumped);
        // The VIP is in two flows: the DNAT of table 8 and the reply match of table 110.
        assertThat(diff.missing()).extracting(PlannedFlow::table).containsExactlyInAnyOrder(8, 110);
        assertThat(diff.unexpected()).hasSize(2);
    }

    @Test
    void aMissingExtraPortShowsAsItsTwoFlows() {
        List<Flow> dumped = dump("dump-flows-cookie-0x520-seed-set.txt");
        FlowSetDiff diff = FlowSets.diff(NodePortProgram.flows(seed.withNodePorts(List.of(31736, 30232))), dumped);
        assertThat(diff.missing()).containsExactlyElementsOf(NodePortProgram.portFlows(seed, 30232));
        assertThat(diff.unexpected()).isEmpty();
    }
}
