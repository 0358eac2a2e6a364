package io.ovnscope.views;

import static io.ovnscope.views.FxScript.fx;
import static io.ovnscope.views.FxScript.pause;
import static io.ovnscope.views.FxScript.savePng;

import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.views.layout.WindowLayout;
import io.ovnscope.views.layout.WindowLayoutStore;
import io.ovnscope.views.snapshot.ShownSnapshot;
import io.ovnscope.views.trace.TracePanel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Not a test: records one trace animation on the demo under a real (virtual) display. It saves the window at
 * each step and half way along each leg ({@code trace-NN.png}), then plays the animation through at normal
 * speed and prints the intervals between its frames (p50, p99, max). Run by {@code src/test/gui/trace-frames.sh}.
 */
public final class TraceFrames {
    private static final String FLOW = "host to clusterService";
    private static Path out;

    private TraceFrames() {
    }

    // Not an Application itself: the JavaFX launcher refuses such a main class started from the class path.
    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Application.launch(FramesApp.class, args);
    }

    public static final class FramesApp extends Application {
        @Override
        public void start(Stage stage) throws IOException {
            Files.createDirectories(out);
            WindowDoubles doubles = new WindowDoubles();
            WindowLayoutStore layouts = new WindowLayoutStore() {
                @Override
                public WindowLayout load() {
                    return new WindowLayout(0, 0, 1400, 900, false, List.of(0.16, 0.84, 0.56));
                }

                @Override
                public void save(WindowLayout layout) {
                }
            };
            MainWindow window = new MainWindow(layouts, "0.1.0", doubles.ports());
            window.show(stage);
            window.open(new ShownSnapshot(DemoSnapshot.load(), Optional.empty()));
            Thread record = new Thread(() -> record(window, stage), "trace-frames");
            record.setDaemon(true);
            record.start();
        }
    }

    private static void record(MainWindow window, Stage stage) {
        pause(2500);
        TracePanel trace = window.trace();
        fx(() -> {
            window.topology().fit();
            trace.chooseExample(FLOW);
        });
        pause(1500);
        fx(trace::pause);
        int end = on(trace::end);
        int frame = 0;
        for (double at = 0; at <= end; at += 0.5) {
            double position = at;
            fx(() -> trace.seek(position));
            pause(250);
            String name = String.format(Locale.ROOT, "trace-%02d.png", frame++);
            fx(() -> save(stage.getScene(), name));
        }
        fx(() -> {
            trace.clearFrameTimes();
            trace.restart();
        });
        pause((long) (end / 0.8 * 1000) + 1500);
        print("animation frame intervals", on(trace::frameTimes));
        print("panel work per frame", on(trace::frameWork));
        fx(Platform::exit);
    }

    private static void print(String what, long[] nanos) {
        Arrays.sort(nanos);
        if (nanos.length > 0) {
            System.out.printf(Locale.ROOT, "%s: %d frames, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what,
                    nanos.length, nanos[nanos.length / 2] / 1e6,
                    nanos[Math.min(nanos.length - 1, (int) (nanos.length * 0.99))] / 1e6, nanos[nanos.length - 1] / 1e6);
        }
    }

    private static void save(Scene scene, String name) {
        savePng(scene, out.resolve(name));
    }

    private static <T> T on(Supplier<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        fx(() -> result.set(call.get()));
        return result.get();
    }
}
