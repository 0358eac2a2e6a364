package io.ovnscope.bench;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceEngine;
import io.ovnscope.core.trace.TraceProtocol;
import io.ovnscope.core.trace.TraceQuestion;
import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.OvnFlowDumpGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One trace, warm (issue 6's targets: under 5 ms on the demo; under 50 ms on a node with 100,000 flows and
 * 5,000 load balancers). The large node is the demo with 100,000 generated OVN flows added to br-ex, the bridge
 * the traced packet crosses, and 5,000 more load balancers on the node switch and the gateway router, ahead of
 * the seed's. Run with {@code bash src/test/bench/run.sh TraceBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TraceBench {
    private static final TraceQuestion HOST_TO_DNS = new TraceQuestion("host", "10.43.0.10:53", TraceProtocol.TCP);
    private static final TraceQuestion EXTERNAL_TO_NODE_PORT =
            new TraceQuestion("203.0.113.9", "192.168.122.14:30700", TraceProtocol.TCP);

    private TraceEngine demo;
    private TraceEngine large;
    private Snapshot largeSnapshot;

    @Setup
    public void build() {
        Snapshot snapshot = DemoSnapshot.load();
        demo = new TraceEngine(snapshot);
        largeSnapshot = enlarge(snapshot, 100_000, 5_000);
        large = new TraceEngine(largeSnapshot);
        Trace check = large.trace(EXTERNAL_TO_NODE_PORT);
        if (!check.complete()) {
            throw new IllegalStateException("the large node must still deliver: " + check.stop());
        }
    }

    @Benchmark
    public Trace demoHostToClusterService() {
        return demo.trace(HOST_TO_DNS);
    }

    @Benchmark
    public Trace demoExternalToNodePort() {
        return demo.trace(EXTERNAL_TO_NODE_PORT);
    }

    @Benchmark
    public Trace largeExternalToNodePort() {
        return large.trace(EXTERNAL_TO_NODE_PORT);
    }

    /** What a new snapshot costs before its first trace: indexing the flows by table and priority. */
    @Benchmark
    public TraceEngine largeEngine() {
        return new TraceEngine(largeSnapshot);
    }

    static Snapshot enlarge(Snapshot snapshot, int flows, int loadBalancers) {
        NodeState node = snapshot.node();
        List<Flow> brEx = new ArrayList<>(node.flows().get("br-ex").flows());
        brEx.addAll(new FlowDumpParser().read(new OvnFlowDumpGenerator(11).dump(flows)).flows());
        Map<String, FlowDump> allFlows = new HashMap<>(node.flows());
        FlowDump original = node.flows().get("br-ex");
        allFlows.put("br-ex", new FlowDump(original.format(), brEx, original.problems(), original.failed()));

        NorthboundDatabase nb = node.northbound();
        List<LoadBalancer> added = new ArrayList<>();
        for (int i = 0; i < loadBalancers; i++) {
            String vip = "10.45." + (i / 250) + "." + (i % 250) + ":80";
            String backend = "10.42." + (1 + i / 250) + "." + (i % 250) + ":8080";
            added.add(new LoadBalancer("bench-lb-" + i, "Service_bench/svc-" + i + "_TCP_cluster", false, "tcp",
                    List.of(new LoadBalancerVip(IpEndpoint.parse(vip).orElseThrow(),
                            List.of(IpEndpoint.parse(backend).orElseThrow()))),
                    Map.of(), Map.of(), List.of(), List.of(), Map.of()));
        }
        List<String> addedUuids = added.stream().map(LoadBalancer::uuid).toList();
        List<LoadBalancer> all = new ArrayList<>(added);
        all.addAll(nb.loadBalancers());
        List<LogicalSwitch> switches = nb.switches().stream().map(s -> new LogicalSwitch(s.uuid(), s.name(), s.ports(),
                concat(addedUuids, s.loadBalancerUuids()), s.otherConfig(), s.externalIds())).toList();
        List<LogicalRouter> routers = nb.routers().stream().map(r -> new LogicalRouter(r.uuid(), r.name(), r.ports(),
                r.staticRoutes(), r.policies(), r.nats(), concat(addedUuids, r.loadBalancerUuids()), r.options(),
                r.externalIds())).toList();
        NodeState large = new NodeState(allFlows, node.ports(), node.datapathFlows(), node.ovs(),
                new NorthboundDatabase(switches, routers, all, nb.addressSets()), node.iptables(), node.routes(),
                node.interfaces(), node.kubernetes());
        return new Snapshot(snapshot.formatVersion(), snapshot.source(), snapshot.outputs(), snapshot.gaps(), large);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
