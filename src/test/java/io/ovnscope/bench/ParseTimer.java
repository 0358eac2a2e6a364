package io.ovnscope.bench;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.FlowDump;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times repeated parses of one dump file the way a shared machine must be measured: wall time beside the
 * CPU time of the calling thread, of the whole process (other parse threads, GC, JIT) and of GC alone, and
 * the heap the model holds. {@code java -Xmx1500m -cp ... io.ovnscope.bench.ParseTimer FILE [RUNS]}
 */
public final class ParseTimer {
    private ParseTimer() {
    }

    public static void main(String[] args) throws IOException {
        String text = new String(Files.readAllBytes(Path.of(args[0])), StandardCharsets.UTF_8);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        FlowDumpParser parser = new FlowDumpParser();
        FlowDump dump = null;
        for (int run = 1; run <= runs; run++) {
            dump = null;
            System.gc();
            long wall = System.nanoTime();
            long thread = threads.getCurrentThreadCpuTime();
            long process = os.getProcessCpuTime();
            long gc = gcMillis();
            dump = parser.read(text);
            System.out.printf("run %d: %d flows, wall %d ms, this thread %d ms CPU, process %d ms CPU, GC %d ms,"
                            + " load %.2f%n", run, dump.flows().size(), (System.nanoTime() - wall) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - thread) / 1_000_000,
                    (os.getProcessCpuTime() - process) / 1_000_000, gcMillis() - gc, os.getSystemLoadAverage());
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap used holding the last model (%d flows): %d MB of %d MB max%n",
                dump.flows().size(), (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
