package io.ovnscope.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.SeedTrafficFlows;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's ten flows asked with the snapshot's own names: on the demo they are the seed's examples. */
class TraceExamplesTest {
    @Test
    void onTheDemoTheTenExamplesAreTheSeedsQuestions() {
        TraceExamples found = TraceExamples.of(DemoSnapshot.load());

        assertThat(found.missing()).isEmpty();
        assertThat(found.examples()).extracting(TraceExample::title).containsExactlyElementsOf(SeedTrafficFlows.TITLES);
        for (TraceExample example : found.examples()) {
            assertThat(example.question()).as(example.title()).isEqualTo(SeedTrafficFlows.question(example.title()));
        }
    }

    @Test
    void withoutTheNorthboundEveryFlowIsLeftOutWithItsReason() {
        Snapshot demo = DemoSnapshot.load();
        NodeState node = demo.node();
        NodeState hostOnly = new NodeState(node.flows(), node.ports(), node.datapathFlows(), node.ovs(),
                NorthboundDatabase.empty(), node.iptables(), node.routes(), node.interfaces(), List.of());
        Snapshot withoutOvn = new Snapshot(demo.formatVersion(), demo.source(), demo.outputs(), demo.gaps(), hostOnly);

        TraceExamples found = TraceExamples.of(withoutOvn);

        assertThat(found.examples()).isEmpty();
        assertThat(found.missing()).extracting(MissingExample::title).containsExactlyElementsOf(SeedTrafficFlows.TITLES);
        assertThat(found.missing().get(0).reason()).contains("no pod");
        assertThat(found.missing().get(6).title()).isEqualTo("host to clusterService");
        assertThat(found.missing().get(6).reason()).contains("whose backend is a pod");
        assertThat(found.missing().get(9).reason()).contains("node's address");
    }
}
