package io.ovnscope.bench;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.testing.OvnFlowDumpGenerator;
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
 * Parsing a generated OVN br-int dump into the full model (issue 3's targets: 100,000 flows under 0.3 s
 * warm, 1,000,000 under 2 s with at most 1.5 GB of heap). Run with {@code bash src/test/bench/run.sh FlowParseBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1500m", "-Xms1500m"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class FlowParseBench {
    @Param({"100000", "1000000"})
    int flows;

    private String dump;
    private final FlowDumpParser parser = new FlowDumpParser();

    @Setup(Level.Trial)
    public void generate() {
        dump = new OvnFlowDumpGenerator(7).dump(flows);
    }

    @Benchmark
    public FlowDump parse() {
        return parser.read(dump);
    }

    /** The floor: one pass that only splits the text into lines, as the parser must at least do. */
    @Benchmark
    public int splitLines() {
        int lines = 0;
        for (int i = dump.indexOf('\n'); i >= 0; i = dump.indexOf('\n', i + 1)) {
            lines++;
        }
        return lines;
    }
}
