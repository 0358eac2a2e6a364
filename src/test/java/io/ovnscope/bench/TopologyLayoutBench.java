package io.ovnscope.bench;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.FoldState;
import io.ovnscope.core.topology.LayeredLayout;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.core.topology.SvgDocument;
import io.ovnscope.core.topology.Topology;
import io.ovnscope.core.topology.TopologyBuilder;
import io.ovnscope.testing.OvnClusterGenerator;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and laying out the topology of a generated cluster (issue 5's target: layout plus first paint of
 * 100 nodes and 10,000 pods under 1 s). Each node has a gateway router, an external and a node switch with
 * its management port, pods and one load balancer on both the node switch and the gateway router; one more
 * load balancer sits on every node switch. Run with {@code bash src/test/bench/run.sh TopologyLayoutBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class TopologyLayoutBench {
    @Param({"100"})
    int nodes;

    @Param({"100"})
    int podsPerNode;

    private Snapshot snapshot;
    private Layout layout;
    private FoldState allUnfolded;

    @Setup(Level.Trial)
    public void generate() {
        snapshot = new OvnClusterGenerator(nodes, podsPerNode, true, true, true).snapshot();
        layout = LayeredLayout.of(TopologyBuilder.build(snapshot));
        Set<String> switches = new HashSet<>();
        for (int i = 0; i < nodes; i++) {
            switches.add("switch:" + OvnClusterGenerator.node(i));
        }
        allUnfolded = new FoldState(FoldState.DEFAULT_THRESHOLD, switches);
    }

    /** What the window does on opening: pods folded per switch (more than 12 each here). */
    @Benchmark
    public Layout buildAndLayoutFolded() {
        return LayeredLayout.of(TopologyBuilder.build(snapshot));
    }

    /** The worst case: every pod its own box (10,000 boxes in the bottom layer). */
    @Benchmark
    public Layout buildAndLayoutAllUnfolded() {
        return LayeredLayout.of(TopologyBuilder.build(snapshot, allUnfolded));
    }

    @Benchmark
    public Topology buildOnly() {
        return TopologyBuilder.build(snapshot);
    }

    @Benchmark
    public String writeSvgOfFolded() {
        return SvgDocument.write(layout);
    }
}
