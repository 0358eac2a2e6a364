package io.ovnscope.views;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.OvnFlowDumpGenerator;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.flows.FlowBrowserWindow;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: times opening a bridge of 1,000,000 flows in the flow window as a user meets it, after a
 * snapshot is loaded: the main window is up on the demo (its navigator, picture and trace panel drawn), then
 * the flow window opens on the big dump, listed in the background. Timed from the open to the window showing
 * every flow, drawn. Run headless with the surefire properties (Monocle) or under Xvfb:
 * {@code java -cp ... io.ovnscope.views.FlowWindowTimer [FLOWS] [OPENS]}
 */
public final class FlowWindowTimer {
    private FlowWindowTimer() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int opens = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Flow> flows = new FlowDumpParser().read(new OvnFlowDumpGenerator(7).dump(count)).flows();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Stage main = onFx(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(WindowDoubles.layouts(), "timer", new WindowDoubles().ports());
            window.show(stage);
            window.open(new ShownSnapshot(DemoSnapshot.load(), Optional.empty()));
            return stage;
        });
        Thread.sleep(2000);
        String expected = String.format("%,d flows", flows.size());
        long[] openMs = new long[opens];
        for (int run = 0; run < opens; run++) {
            System.gc();
            long start = System.nanoTime();
            FlowBrowserWindow browser = onFx(() -> {
                FlowBrowserWindow window = new FlowBrowserWindow(main, main.getScene().getStylesheets().get(0),
                        new Background());
                window.show("br-int", flows, OptionalInt.empty());
                return window;
            });
            while (!onFx(() -> countText().equals(expected))) {
                Thread.sleep(5);
            }
            onFx(() -> {
                Window.getWindows().stream().filter(w -> w != main).forEach(w -> w.getScene().snapshot(null));
                return null;
            });
            openMs[run] = (System.nanoTime() - start) / 1_000_000;
            onFx(() -> {
                Window.getWindows().stream().filter(w -> w != main).toList().forEach(Window::hide);
                return browser;
            });
        }
        System.out.printf(Locale.ROOT, "%d flows; open after the demo is loaded, to every flow shown and drawn, ms: %s%n",
                flows.size(), Arrays.toString(openMs));
        Platform.exit();
    }

    private static String countText() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null)
                .map(w -> w.getScene().lookup("#flow-count")).filter(node -> node instanceof Label)
                .map(node -> ((Label) node).getText()).findFirst().orElse("");
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
