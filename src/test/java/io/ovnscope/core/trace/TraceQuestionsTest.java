package io.ovnscope.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.DemoSnapshot;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Questions that must fail well, replies, and the ways a user names a source and a destination. */
class TraceQuestionsTest {
    private static Snapshot demo;
    private static TraceEngine engine;

    @BeforeAll
    static void engine() {
        demo = DemoSnapshot.load();
        engine = new TraceEngine(demo);
    }

    private static Trace trace(String from, String to, TraceProtocol protocol) {
        return engine.trace(new TraceQuestion(from, to, protocol));
    }

    @Test
    void anUnknownPodStopsBeforeTheFirstHopAndSaysSo() {
        Trace trace = trace("pod-9", "10.43.0.10:53", TraceProtocol.UDP);
        assertThat(trace.steps()).isEmpty();
        assertThat(trace.stop()).hasValueSatisfying(stop ->
                assertThat(stop.reason()).contains("no pod named \"pod-9\""));
        assertThat(trace.delivered()).isEmpty();
    }

    @Test
    void anUnknownDestinationNameIsNotTakenForAnAddress() {
        Trace trace = trace("pod-1", "dns-default", TraceProtocol.UDP);
        assertThat(trace.stop()).hasValueSatisfying(stop ->
                assertThat(stop.reason()).contains("neither a pod of the snapshot nor an IP address"));
    }

    @Test
    void aServiceWithoutBackendsStopsAtTheLoadBalancer() {
        Trace trace = new TraceEngine(withoutBackends(demo, "10.43.0.10:53"))
                .trace(new TraceQuestion("pod-1", "10.43.0.10:53", TraceProtocol.UDP));
        assertThat(trace.steps()).hasSize(1);
        assertThat(trace.steps().get(0).where().where()).isEqualTo("ovn node switch");
        assertThat(trace.stop()).hasValueSatisfying(stop -> {
            assertThat(stop.where()).isEqualTo(new Hop(HopKind.NODE_SWITCH, "microshift-dev"));
            assertThat(stop.reason()).contains("has no backends for 10.43.0.10:53");
        });
    }

    @Test
    void aDestinationNobodyRoutesStopsAtTheRouterThatHasNoRoute() {
        Trace trace = trace("pod-1", "2001:db8::1", TraceProtocol.TCP);
        assertThat(trace.stop()).hasValueSatisfying(stop -> {
            assertThat(stop.where()).isEqualTo(new Hop(HopKind.CLUSTER_ROUTER, "ovn_cluster_router"));
            assertThat(stop.reason()).isEqualTo("ovn_cluster_router has no route to 2001:db8::1");
        });
        assertThat(trace.delivered()).isEmpty();
    }

    @Test
    void aPodIsNamedByNameNamespaceSlashNameOrIp() {
        Trace byName = trace("pod-1", "pod-2", TraceProtocol.TCP);
        assertThat(trace("default/pod-1", "pod-2", TraceProtocol.TCP).steps()).isEqualTo(byName.steps());
        assertThat(trace("10.42.0.12", "10.42.0.13", TraceProtocol.TCP).steps()).isEqualTo(byName.steps());
    }

    @Test
    void aServiceWithSeveralPortsIsMatchedByPortAndProtocol() {
        assertThat(trace("pod-1", "10.43.0.10:9154", TraceProtocol.TCP).finalDst())
                .map(Object::toString).contains("10.42.0.7:9154");
        // The UDP load balancer of the DNS service holds only port 53: 9154/udp is no VIP, so it is routed as
        // an ordinary address, out through the management port and the host, which has no route to 10.43/16
        // but via br-ex.
        assertThat(trace("pod-1", "10.43.0.10:9154", TraceProtocol.UDP).steps().get(0).comment())
                .doesNotContain("loadbalancer");
    }

    @Test
    void theReplyUndoesEachNatWhereItWasDoneLastFirst() {
        Trace request = trace("host", "10.43.0.10:53", TraceProtocol.TCP);
        Trace reply = engine.reply(request);
        assertThat(reply.reply()).isTrue();
        assertThat(reply.stop()).isEmpty();
        assertThat(reply.steps()).extracting(step -> step.where().where()).containsExactly("ovn node switch",
                "ovn cluster router", "ovn gateway router", "ovn gateway router", "ovn gateway router", "br-ex");
        // It leaves the endpoint as 10.42.0.7:5353 -> 100.64.0.2 and reaches the host as the service answering it.
        assertThat(reply.steps().get(0).src()).hasToString("10.42.0.7:5353");
        assertThat(reply.steps().get(0).dst()).hasToString("100.64.0.2");
        assertThat(reply.steps().get(2).comment()).contains("reverses the SNAT");
        assertThat(reply.steps().get(4).comment()).contains("reverses the DNAT");
        assertThat(reply.finalSrc()).map(Object::toString).contains("10.43.0.10:53");
        assertThat(reply.finalDst()).map(Object::toString).contains("192.168.122.14");
        assertThat(reply.delivered()).contains(new Hop(HopKind.HOST, "host"));
    }

    @Test
    void aStoppedRequestHasNoReply() {
        Trace reply = engine.reply(trace("pod-9", "pod-2", TraceProtocol.TCP));
        assertThat(reply.steps()).isEmpty();
        assertThat(reply.stop()).hasValueSatisfying(stop -> assertThat(stop.reason()).contains("no reply"));
    }

    @Test
    void theSameQuestionGivesTheSameTrace() {
        assertThat(trace("203.0.113.9", "192.168.122.14:30700", TraceProtocol.TCP))
                .isEqualTo(trace("203.0.113.9", "192.168.122.14:30700", TraceProtocol.TCP));
    }

    @Test
    void everyPairOfTheDemosPlacesEndsDeliveredOrStoppedWithAReason() {
        List<String> places = List.of("pod-1", "pod-2", "dns-default-pt2vr", "host", "203.0.113.9", "10.42.0.2",
                "10.42.0.1", "100.64.0.1", "100.64.0.2", "169.254.169.2", "169.254.169.4", "192.168.122.1",
                "192.168.122.14", "10.43.0.1:443", "10.43.0.10:53", "10.43.0.10:9154", "10.43.19.182:7000",
                "192.168.122.14:30700", "10.44.0.0:6443", "8.8.8.8", "2001:db8::1", "10.42.0.99");
        for (String from : places) {
            for (String to : places) {
                for (TraceProtocol protocol : TraceProtocol.values()) {
                    Trace trace = trace(from, to, protocol);
                    assertThat(trace.delivered().isPresent() != trace.stop().isPresent())
                            .as(from + " -> " + to + " " + protocol).isTrue();
                    trace.stop().ifPresent(stop -> assertThat(stop.reason()).isNotBlank());
                    engine.reply(trace);
                }
            }
        }
    }

    private static Snapshot withoutBackends(Snapshot snapshot, String vip) {
        NorthboundDatabase northbound = snapshot.node().northbound();
        List<LoadBalancer> changed = northbound.loadBalancers().stream().map(lb -> new LoadBalancer(lb.uuid(),
                lb.name(), lb.nameCut(), lb.protocol(), lb.vips().stream()
                .map(v -> v.vip().toString().equals(vip) ? new LoadBalancerVip(v.vip(), List.of()) : v).toList(),
                lb.options(), lb.externalIds(), lb.selectionFields(), lb.healthCheckUuids(), lb.ipPortMappings()))
                .toList();
        NodeState node = snapshot.node();
        NodeState without = new NodeState(node.flows(), node.ports(), node.datapathFlows(), node.ovs(),
                new NorthboundDatabase(northbound.switches(), northbound.routers(), changed, northbound.addressSets()),
                node.iptables(), node.routes(), node.interfaces(), node.kubernetes());
        return new Snapshot(snapshot.formatVersion(), snapshot.source(), snapshot.outputs(), snapshot.gaps(), without);
    }
}
