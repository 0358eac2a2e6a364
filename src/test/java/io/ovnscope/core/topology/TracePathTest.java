package io.ovnscope.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.TracePath.Crossing;
import io.ovnscope.core.topology.TracePath.Leg;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceEngine;
import io.ovnscope.core.trace.TraceProtocol;
import io.ovnscope.core.trace.TraceQuestion;
import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.SeedTrafficFlows;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed's flows drawn on the demo's topology: every id exists, and the legs cross the links between hops. */
class TracePathTest {
    private static final String NODE = "microshift-dev";
    private static Topology topology;
    private static TraceEngine engine;

    @BeforeAll
    static void demo() {
        Snapshot snapshot = DemoSnapshot.load();
        topology = TopologyBuilder.build(snapshot);
        engine = new TraceEngine(snapshot);
    }

    static Stream<String> flows() {
        return SeedTrafficFlows.TITLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void everyIdOfTheRequestAndTheReplyIsInTheTopology(String title) {
        Trace request = engine.trace(SeedTrafficFlows.question(title));
        Set<String> known = new HashSet<>(topology.elementsById().keySet());
        topology.links().forEach(link -> known.add(link.id()));

        for (Trace trace : List.of(request, engine.reply(request))) {
            TracePath path = TracePath.of(trace, topology, NODE);
            assertThat(path.ids()).as(title).isNotEmpty().allSatisfy(id -> assertThat(known).contains(id));
            assertThat(path.legs()).hasSize(trace.steps().size() + 1);
            assertThat(path.stop()).isEmpty();
        }
    }

    @Test
    void podToClusterServiceGoesFromThePodThroughTheRouterToTheDnsPod() {
        TracePath path = TracePath.of(engine.trace(SeedTrafficFlows.question("pod to clusterService")), topology, NODE);

        assertThat(path.start()).isEqualTo("switch-port:default_pod-1");
        assertThat(path.legs()).extracting(Leg::element).containsExactly("switch:microshift-dev",
                "router:ovn_cluster_router", "switch:microshift-dev", "switch-port:openshift-dns_dns-default-pt2vr");
        assertThat(path.legs().get(0).crossings())
                .containsExactly(new Crossing("switch:microshift-dev->switch-port:default_pod-1", false));
        assertThat(path.legs().get(1).crossings()).containsExactly(
                new Crossing("switch:microshift-dev->switch-port:stor-microshift-dev", true),
                new Crossing("router-port:rtos-microshift-dev->switch-port:stor-microshift-dev", false),
                new Crossing("router:ovn_cluster_router->router-port:rtos-microshift-dev", false));
    }

    @Test
    void theExternalSwitchAViaHopIsCrossedBetweenBrExAndTheGatewayRouter() {
        TracePath path = TracePath.of(engine.trace(SeedTrafficFlows.question("host to clusterService")), topology, NODE);

        assertThat(path.start()).isEqualTo("host:microshift-dev");
        assertThat(path.legs().get(0).crossings()).containsExactly(new Crossing("host:microshift-dev->bridge:br-ex", true));
        assertThat(path.legs().get(1).crossings()).extracting(Crossing::link).containsExactly(
                "bridge:br-ex->switch-port:br-ex_microshift-dev",
                "switch:ext_microshift-dev->switch-port:br-ex_microshift-dev",
                "switch:ext_microshift-dev->switch-port:etor-GR_microshift-dev",
                "router-port:rtoe-GR_microshift-dev->switch-port:etor-GR_microshift-dev",
                "router:GR_microshift-dev->router-port:rtoe-GR_microshift-dev");
        assertThat(path.legs().get(2).crossings()).as("the same router decides again").isEmpty();
    }

    @Test
    void fromTheManagementPortThePacketCrossesItsLinkToTheHost() {
        TracePath path = TracePath.of(engine.trace(SeedTrafficFlows.question("pod to external")), topology, NODE);

        assertThat(path.legs().get(3).element()).isEqualTo("switch-port:k8s-microshift-dev");
        assertThat(path.legs().get(4).element()).isEqualTo("host:microshift-dev");
        // The topology links the host and the port whose address ovn-k8s-mp0 holds (10.42.0.2).
        assertThat(path.legs().get(4).crossings())
                .containsExactly(new Crossing("host:microshift-dev->switch-port:k8s-microshift-dev", false));
        assertThat(path.legs().get(6).element()).isEqualTo("external-network:microshift-dev");
    }

    @Test
    void podsFoldedIntoTheirGroupAreDrawnAsTheGroup() {
        Topology folded = TopologyBuilder.build(DemoSnapshot.load(), new FoldState(0, Set.of()));
        Trace trace = engine.trace(SeedTrafficFlows.question("pod to clusterService"));

        TracePath path = TracePath.of(trace, folded, NODE);

        assertThat(path.start()).isEqualTo("pods-of:switch:microshift-dev");
        assertThat(path.legs().get(path.legs().size() - 1).element()).isEqualTo("pods-of:switch:microshift-dev");
        assertThat(path.legs().get(0).crossings()).extracting(Crossing::link)
                .containsExactly("switch:microshift-dev->pods-of:switch:microshift-dev");
    }

    @Test
    void aStoppedTraceIsMarkedWhereItStopped() {
        Trace stopped = engine.trace(new TraceQuestion("no-such-pod", "10.43.0.10:53", TraceProtocol.UDP));

        TracePath path = TracePath.of(stopped, topology, NODE);

        assertThat(stopped.stop()).isPresent();
        assertThat(path.stop()).isPresent();
        assertThat(topology.elementsById()).containsKey(path.stop().get());
    }
}
