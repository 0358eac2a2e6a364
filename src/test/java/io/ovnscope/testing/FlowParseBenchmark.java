package io.ovnscope.testing;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.FlowDump;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Measures {@link FlowDumpParser} on generated OVN dumps. Not a test: run it by hand, for example
 * {@code java -Xmx1500m -cp target/classes:target/test-classes:$(cat cp.txt) io.ovnscope.testing.FlowParseBenchmark 100000 1000000}.
 */
public final class FlowParseBenchmark {
    private FlowParseBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000} : java.util.Arrays.stream(args)
                .mapToInt(Integer::parseInt).toArray();
        FlowDumpParser parser = new FlowDumpParser();
        for (int size : sizes) {
            String dump = new OvnFlowDumpGenerator(7).dump(size);
            System.out.printf("%,d flows, %,d chars%n", size, dump.length());
            int runs = size <= 100_000 ? 10 : 3;
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int run = 1; run <= runs; run++) {
                long gcBefore = gcMillis();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                FlowDump parsed = parser.read(dump);
                long nanos = System.nanoTime() - start;
                long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
                Runtime runtime = Runtime.getRuntime();
                long used = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
                System.out.printf("  run %d: wall %.3f s, parser thread cpu %.3f s, gc %.3f s, %,d flows, %d problems,"
                        + " heap in use %d MB (max %d MB)%n", run, nanos / 1e9, cpu / 1e9, (gcMillis() - gcBefore) / 1e3,
                        parsed.flows().size(), parsed.problems().size(), used, runtime.maxMemory() / (1024 * 1024));
                parsed = null;
            }
            dump = null;
            System.gc();
        }
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionTime());
        }
        return total;
    }
}
