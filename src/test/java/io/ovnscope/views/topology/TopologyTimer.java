package io.ovnscope.views.topology;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.FoldState;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.testing.OvnClusterGenerator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Not a test: times the topology view on a generated cluster (default 100 nodes of 100 pods, a load balancer per node). Layout is the
 * core's graph and layered layout plus the drawing made from it, off the JavaFX thread as the pane does it;
 * a frame is the canvas repainted for a new viewport and rasterised (a snapshot of the canvas forces the
 * software renderer to draw it). Run headless with the surefire properties (Monocle) or under Xvfb:
 * {@code java -cp ... io.ovnscope.views.topology.TopologyTimer [NODES] [PODS_PER_NODE] [RUNS]}
 */
public final class TopologyTimer {
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 700;

    private TopologyTimer() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int pods = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // The timer opens and closes windows; the last one closed must not end the toolkit.
        Platform.setImplicitExit(false);
        Snapshot snapshot = new OvnClusterGenerator(nodes, pods, true, true, false).snapshot();
        System.out.printf("cluster: %d nodes, %d pods; %d runs each; %s%n", nodes, nodes * pods, runs,
                System.getProperty("glass.platform", "default glass") + " / prism " + System.getProperty("prism.order", "default"));
        frames("empty canvas (the cost of rasterising and reading back a frame)", Drawing.empty(), v -> v);
        time("folded (default)", snapshot, FoldState.defaults(), runs);
        Set<String> all = new HashSet<>();
        for (int n = 0; n < nodes; n++) {
            all.add("switch:" + OvnClusterGenerator.node(n));
        }
        time("every pod unfolded", snapshot, new FoldState(FoldState.DEFAULT_THRESHOLD, all), runs);
        Platform.exit();
    }

    private static void time(String what, Snapshot snapshot, FoldState fold, int runs) throws Exception {
        Looks looks = onFx(Looks::new);
        long[] layoutMs = new long[runs];
        long[] layoutCpuMs = new long[runs];
        long[] firstPaintMs = new long[runs];
        Picture picture = null;
        for (int run = 0; run < runs; run++) {
            System.gc();
            long start = System.nanoTime();
            long cpu = threads().getCurrentThreadCpuTime();
            SubjectIndex subjects = new SubjectIndex(snapshot.node().northbound());
            Layout layout = CoreTopology.layout(snapshot, fold);
            Drawing drawing = new DrawingFactory(looks).of(layout, subjects);
            picture = new Picture(layout, drawing);
            layoutMs[run] = (System.nanoTime() - start) / 1_000_000;
            layoutCpuMs[run] = (threads().getCurrentThreadCpuTime() - cpu) / 1_000_000;
            Drawing shown = drawing;
            firstPaintMs[run] = onFx(() -> {
                long paint = System.nanoTime();
                TopologyCanvas canvas = new TopologyCanvas(new DrawingPainter());
                Stage stage = new Stage();
                stage.setScene(new Scene(new StackPane(canvas), WIDTH, HEIGHT));
                stage.show();
                canvas.show(shown, Viewport.fitting(shown.bounds(), WIDTH, HEIGHT, 24));
                canvas.snapshot(new SnapshotParameters(), null);
                long ms = (System.nanoTime() - paint) / 1_000_000;
                stage.close();
                return ms;
            });
        }
        Drawing drawing = picture.drawing();
        System.out.printf("%s: %d boxes, %d edges, picture %.0f × %.0f px%n", what, drawing.boxes().size(),
                drawing.wires().size(), drawing.bounds().getWidth(), drawing.bounds().getHeight());
        System.out.printf("  layout (graph + layered layout + drawing), wall ms: %s, CPU ms: %s%n",
                Arrays.toString(layoutMs), Arrays.toString(layoutCpuMs));
        System.out.printf("  first paint (window, fit, paint, rasterise), ms: %s%n", Arrays.toString(firstPaintMs));
        frames("  pan/zoom frame at fit", drawing, v -> Viewport.fitting(drawing.bounds(), WIDTH, HEIGHT, 24));
        frames("  pan/zoom frame at 100 %", drawing, v -> Viewport.IDENTITY.centredOn(drawing.bounds().getWidth() / 2,
                drawing.bounds().getHeight() / 2, WIDTH, HEIGHT));
    }

    private static void frames(String what, Drawing drawing, java.util.function.UnaryOperator<Viewport> start)
            throws Exception {
        int count = 60;
        double[] paintCpu = new double[count];
        double[] renderCpu = new double[count];
        long renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("QuantumRenderer")).mapToLong(Thread::getId).findFirst()
                .orElse(-1);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = onFx(() -> {
            TopologyCanvas canvas = new TopologyCanvas(new DrawingPainter());
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(canvas), WIDTH, HEIGHT));
            stage.show();
            Viewport view = start.apply(Viewport.IDENTITY);
            canvas.show(drawing, view);
            double[] each = new double[count];
            for (int i = 0; i < count; i++) {
                long frame = System.nanoTime();
                view = i % 2 == 0 ? view.panned(7, 3) : view.zoomedAt(i % 4 == 1 ? 1.05 : 1 / 1.05, WIDTH / 2, HEIGHT / 2);
                long cpu = threads.getCurrentThreadCpuTime();
                canvas.view(view);
                paintCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                long rendered = threads.getThreadCpuTime(renderer);
                canvas.snapshot(new SnapshotParameters(), null);
                renderCpu[i] = (threads.getThreadCpuTime(renderer) - rendered) / 1e6;
                each[i] = (System.nanoTime() - frame) / 1e6;
            }
            stage.close();
            return each;
        });
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        Arrays.sort(paintCpu);
        Arrays.sort(renderCpu);
        System.out.printf("%s: wall median %.1f ms, 90th %.1f ms, worst %.1f ms over %d frames; CPU of painting"
                        + " (FX thread) median %.1f ms, 90th %.1f ms; CPU of rasterising (renderer) median %.1f ms,"
                        + " 90th %.1f ms%n", what, sorted[count / 2], sorted[count * 9 / 10], sorted[count - 1],
                count, paintCpu[count / 2], paintCpu[count * 9 / 10], renderCpu[count / 2],
                renderCpu[count * 9 / 10]);
    }

    private static java.lang.management.ThreadMXBean threads() {
        return java.lang.management.ManagementFactory.getThreadMXBean();
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
