package io.ovnscope.views.flows;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.testing.OvnFlowDumpGenerator;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/**
 * Not a test: times the flow window on a generated dump (default 1,000,000 flows). "Open" is from handing the
 * parsed flows to a new flow table to its first frame drawn (CSS, layout and a snapshot, which forces the
 * renderer to draw); the first open is the cold one a user meets. A "scroll frame" drags the scroll bar to a
 * far row and draws; a "page frame" moves it down 25 rows and draws, as paging through the table does; a
 * wheel frame is a scroll event of 25 rows over the table and the scene's CSS and layout passes, without the
 * drawing. Run headless with the surefire properties (Monocle) or under Xvfb:
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
        Stage lastStage = null;
        FlowTableView lastView = null;
        for (int run = 0; run < opens; run++) {
            System.gc();
            long start = System.nanoTime();
            FlowTableView view = onFx(FlowTableView::new);
            Stage made = onFx(() -> {
                Stage stage = new Stage();
                Scene scene = FlowTableStage.show(stage, view, 1100, 700);
                view.show("br-int", flows);
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                scene.snapshot(null);
                return stage;
            });
            openMs[run] = (System.nanoTime() - start) / 1_000_000;
            if (lastStage != null) {
                Stage old = lastStage;
                onFx(() -> {
                    old.close();
                    return null;
                });
            }
            lastStage = made;
            lastView = view;
        }
        System.out.printf(Locale.ROOT, "open (flows handed over to first frame), ms: %s%n", Arrays.toString(openMs));
        Stage stage = lastStage;
        FlowTableView shown = lastView;
        int rows = onFx(() -> shown.listing().size());
        Random random = new Random(3);
        TableView<?> table = onFx(() -> (TableView<?>) stage.getScene().lookup("#flow-table"));
        // The scroll bar stands for the whole listing: setting its value is what dragging its thumb does.
        ScrollBar bar = onFx(() -> (ScrollBar) stage.getScene().lookup("#flow-scroll-bar"));
        frames("scroll to a random row and draw", frames, frame -> {
            bar.setValue(random.nextInt(rows));
            draw(stage);
        });
        frames("draw with nothing changed (the cost of a drawn frame itself)", frames, frame -> draw(stage));
        int middle = rows / 2;
        frames("scroll down a page (25 rows) and draw", frames, frame -> {
            bar.setValue(middle + frame * 25);
            draw(stage);
        });
        // What the wheel does: a scroll event over the table, here of a page of 25 rows; the drawing is the
        // render thread's, so this is the FX thread's own work.
        onFx(() -> {
            bar.setValue(middle);
            return null;
        });
        ScenePasses passes = new ScenePasses(stage.getScene());
        // The wheel's event goes to the node under the pointer: inside the rows' area, below the table.
        Node rowsArea = onFx(() -> table.lookup(".clipped-container"));
        frames("FX-thread work of a page scrolled by the wheel (refill, CSS, layout)", frames, frame -> {
            Event.fireEvent(rowsArea, wheel(-25 * 24));
            passes.run();
        });
        Platform.exit();
    }

    /** Times {@code frames} runs of one frame's work on the FX thread and prints their spread. */
    private static void frames(String what, int frames, IntConsumer frame) throws Exception {
        long[] nanos = new long[frames];
        for (int i = 0; i < frames; i++) {
            int index = i;
            nanos[i] = onFx(() -> {
                long begin = System.nanoTime();
                frame.accept(index);
                return System.nanoTime() - begin;
            });
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s, %d frames: median %.1f ms, 90th %.1f ms, worst %.1f ms%n", what, frames,
                nanos[frames / 2] / 1e6, nanos[(int) (frames * 0.9)] / 1e6, nanos[frames - 1] / 1e6);
    }

    private static void draw(Stage stage) {
        stage.getScene().getRoot().layout();
        stage.getScene().snapshot(null);
    }

    /**
     * The CSS and layout passes of a pulse, as the scene runs them: only what changed is restyled. Calling
     * {@code applyCss()} on the root instead marks the whole scene for restyling, which a pulse never does; the
     * passes are package-private in JavaFX, so they are called by reflection (the class path allows it).
     */
    private static final class ScenePasses implements Runnable {
        private final Scene scene;
        private final Method css;
        private final Method layout;

        ScenePasses(Scene scene) throws ReflectiveOperationException {
            this.scene = scene;
            css = Scene.class.getDeclaredMethod("doCSSPass");
            layout = Scene.class.getDeclaredMethod("doLayoutPass");
            css.setAccessible(true);
            layout.setAccessible(true);
        }

        @Override
        public void run() {
            try {
                css.invoke(scene);
                layout.invoke(scene);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("JavaFX's scene passes are not where this timer expects them", e);
            }
        }
    }

    private static ScrollEvent wheel(double deltaY) {
        return new ScrollEvent(ScrollEvent.SCROLL, 400, 300, 400, 300, false, false, false, false, false, false, 0,
                deltaY, 0, deltaY, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
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
