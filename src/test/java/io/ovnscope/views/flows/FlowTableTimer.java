package io.ovnscope.views.flows;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.testing.OvnFlowDumpGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

/**
 * Not a test: times the flow window on a generated dump (default 1,000,000 flows). "Open" is from handing the
 * parsed flows to a new flow table to its first frame drawn (CSS, layout and a snapshot, which forces the
 * renderer to draw); the first open is the cold one a user meets. A "scroll frame" jumps to a far row and
 * draws; a "page frame" scrolls down 25 rows and draws, as paging through the table does. Run headless with the surefire properties (Monocle) or under Xvfb:
 * {@code java -cp ... io.ovnscope.views.flows.FlowTableTimer [FLOWS] [OPENS] [FRAMES]}
 */
public final class FlowTableTimer {
    private FlowTableTimer() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int opens = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        List<Flow> flows = new FlowDumpParser().read(new OvnFlowDumpGenerator(7).dump(count)).flows();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        System.out.printf(Locale.ROOT, "%d flows; %s%n", flows.size(),
                System.getProperty("glass.platform", "default glass") + " / prism " + System.getProperty("prism.order", "default"));
        long[] openMs = new long[opens];
        FlowTableView last = null;
        Stage lastStage = null;
        for (int run = 0; run < opens; run++) {
            System.gc();
            long start = System.nanoTime();
            Object[] made = onFx(() -> {
                FlowTableView view = new FlowTableView();
                Stage stage = new Stage();
                Scene scene = new Scene(view.view(), 1100, 700);
                stage.setScene(scene);
                stage.show();
                view.show("br-int", flows);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                scene.snapshot(null);
                return new Object[] {view, stage};
            });
            openMs[run] = (System.nanoTime() - start) / 1_000_000;
            if (lastStage != null) {
                Stage old = lastStage;
                onFx(() -> {
                    old.close();
                    return null;
                });
            }
            last = (FlowTableView) made[0];
            lastStage = (Stage) made[1];
        }
        System.out.printf(Locale.ROOT, "open (flows handed over to first frame), ms: %s%n", Arrays.toString(openMs));
        Stage stage = lastStage;
        int rows = onFx(() -> rowsOf(stage));
        Random random = new Random(3);
        long[] frameNs = new long[frames];
        for (int frame = 0; frame < frames; frame++) {
            int row = random.nextInt(rows);
            long start = System.nanoTime();
            onFx(() -> {
                TableView<?> table = (TableView<?>) stage.getScene().lookup("#flow-table");
                table.scrollTo(row);
                stage.getScene().getRoot().layout();
                stage.getScene().snapshot(null);
                return null;
            });
            frameNs[frame] = System.nanoTime() - start;
        }
        Arrays.sort(frameNs);
        System.out.printf(Locale.ROOT, "scroll to a random row and draw, %d frames: median %.1f ms, 90th %.1f ms, worst %.1f ms%n",
                frames, frameNs[frames / 2] / 1e6, frameNs[(int) (frames * 0.9)] / 1e6, frameNs[frames - 1] / 1e6);
        long[] stillNs = new long[frames];
        for (int frame = 0; frame < frames; frame++) {
            long begin = System.nanoTime();
            onFx(() -> {
                stage.getScene().getRoot().layout();
                stage.getScene().snapshot(null);
                return null;
            });
            stillNs[frame] = System.nanoTime() - begin;
        }
        Arrays.sort(stillNs);
        System.out.printf(Locale.ROOT, "draw with nothing changed (the cost of a drawn frame itself), %d frames: median %.1f ms, 90th %.1f ms%n",
                frames, stillNs[frames / 2] / 1e6, stillNs[(int) (frames * 0.9)] / 1e6);
        long[] pageNs = new long[frames];
        int start = rows / 2;
        for (int frame = 0; frame < frames; frame++) {
            int row = start + frame * 25;
            long begin = System.nanoTime();
            onFx(() -> {
                TableView<?> table = (TableView<?>) stage.getScene().lookup("#flow-table");
                table.scrollTo(row);
                stage.getScene().getRoot().layout();
                stage.getScene().snapshot(null);
                return null;
            });
            pageNs[frame] = System.nanoTime() - begin;
        }
        Arrays.sort(pageNs);
        System.out.printf(Locale.ROOT, "scroll down a page (25 rows) and draw, %d frames: median %.1f ms, 90th %.1f ms, worst %.1f ms%n",
                frames, pageNs[frames / 2] / 1e6, pageNs[(int) (frames * 0.9)] / 1e6, pageNs[frames - 1] / 1e6);
        long[] workNs = new long[frames];
        for (int frame = 0; frame < frames; frame++) {
            workNs[frame] = onFx(() -> {
                long begin = System.nanoTime();
                // What the wheel and the scroll bar do: move the view by pixels, here a page of 25 rows.
                VirtualFlow<?> flow = (VirtualFlow<?>) stage.getScene().lookup("#flow-table").lookup(".virtual-flow");
                flow.scrollPixels(25 * 24);
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return System.nanoTime() - begin;
            });
        }
        Arrays.sort(workNs);
        System.out.printf(Locale.ROOT, "FX-thread work of a page scrolled by pixels, as the wheel does (refill, CSS, layout; drawing is the render thread's), %d frames: median %.1f ms, 90th %.1f ms, worst %.1f ms%n",
                frames, workNs[frames / 2] / 1e6, workNs[(int) (frames * 0.9)] / 1e6, workNs[frames - 1] / 1e6);
        Platform.exit();
    }

    private static int rowsOf(Stage stage) {
        return ((TableView<?>) stage.getScene().lookup("#flow-table")).getItems().size();
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
