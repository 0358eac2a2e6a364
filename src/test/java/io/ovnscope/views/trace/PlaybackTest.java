package io.ovnscope.views.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.Topology;
import io.ovnscope.core.topology.TopologyBuilder;
import io.ovnscope.core.topology.TracePath;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceEngine;
import io.ovnscope.core.trace.TraceProtocol;
import io.ovnscope.core.trace.TraceQuestion;
import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.SeedTrafficFlows;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where the packet is drawn at a point of the animation, and which table rows show a NAT's change. */
class PlaybackTest {
    private static Topology topology;
    private static TraceEngine engine;

    @BeforeAll
    static void demo() {
        Snapshot snapshot = DemoSnapshot.load();
        topology = TopologyBuilder.build(snapshot);
        engine = new TraceEngine(snapshot);
    }

    @Test
    void theTokenTravelsEachLegsLinksInTurnAndTheLabelIsTheRowsAddresses() {
        Trace trace = engine.trace(SeedTrafficFlows.question("pod to clusterService"));
        Playback playback = new Playback(trace, TracePath.of(trace, topology, "microshift-dev"));

        assertThat(playback.end()).isEqualTo(4);
        assertThat(playback.element(0)).isEqualTo("switch-port:default_pod-1");
        assertThat(playback.row(0)).isEmpty();
        // Leg 1 is the pod's one link, crossed from the pod (its target end) to the switch.
        assertThat(playback.token(0.25).orElseThrow().wire()).isEqualTo("switch:microshift-dev->switch-port:default_pod-1");
        assertThat(playback.token(0.25).orElseThrow().along()).isCloseTo(0.75, within(1e-9));
        // Leg 2 crosses three links to the cluster router: half way is the second, at its middle.
        assertThat(playback.token(1.5).orElseThrow().wire())
                .isEqualTo("router-port:rtos-microshift-dev->switch-port:stor-microshift-dev");
        assertThat(playback.token(1.5).orElseThrow().along()).isCloseTo(0.5, within(1e-9));
        assertThat(playback.element(1.5)).isEqualTo("router:ovn_cluster_router");
        assertThat(playback.label(1.5)).isEqualTo("10.42.0.12 → 10.42.0.7:5353");
        assertThat(playback.label(1)).isEqualTo("10.42.0.12 → 10.43.0.10:53");
        assertThat(playback.positionOfRow(3)).isEqualTo(3);
        assertThat(playback.element(4)).isEqualTo("switch-port:openshift-dns_dns-default-pt2vr");
    }

    @Test
    void aLegWithoutLinksKeepsTheTokenWhereItWas() {
        Trace trace = engine.trace(SeedTrafficFlows.question("host to clusterService"));
        Playback playback = new Playback(trace, TracePath.of(trace, topology, "microshift-dev"));

        // Rows 2, 3 and 4 are all the gateway router: the token waits at the router's end of its last link.
        assertThat(playback.token(2.5)).isEqualTo(playback.token(2)).isEqualTo(playback.token(4));
        assertThat(playback.label(2.5)).isEqualTo("169.254.169.2 → 10.42.0.7:5353");
    }

    @Test
    void theRowsMarkTheAddressesANatChanged() {
        List<StepRow> rows = StepRow.of(engine.trace(SeedTrafficFlows.question("host to clusterService")));

        // br-ex SNATs to 169.254.169.2 (row 2), the load balancer DNATs to 10.42.0.7:5353 (row 3), the router
        // SNATs to 100.64.0.2 (row 5): the seed's table shows each change on the row after the step.
        assertThat(rows).extracting(StepRow::srcChanged).containsExactly(false, true, false, false, true, false);
        assertThat(rows).extracting(StepRow::dstChanged).containsExactly(false, false, true, false, false, false);
    }

    @Test
    void aStoppedTraceEndsWithAStopRow() {
        List<StepRow> rows = StepRow.of(engine.trace(new TraceQuestion("no-such-pod", "10.43.0.10:53", TraceProtocol.UDP)));

        assertThat(rows).last().satisfies(row -> {
            assertThat(row.stop()).isTrue();
            assertThat(row.step()).isEqualTo("stop");
            assertThat(row.comment()).startsWith("stopped: ");
        });
    }
}
