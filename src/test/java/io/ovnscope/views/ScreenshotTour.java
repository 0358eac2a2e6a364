package io.ovnscope.views;

import static io.ovnscope.views.FxScript.fx;
import static io.ovnscope.views.FxScript.pause;
import static io.ovnscope.views.FxScript.savePng;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.FixtureSnapshots;
import io.ovnscope.views.snapshot.NavEntry;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: opens the window on fixture snapshots under a real (virtual) display and saves screenshots of
 * it and of the Connect dialog, for a person to look at. Run it from the test class path under Xvfb; the PNGs
 * go to the folder given as the first argument.
 */
public final class ScreenshotTour {
    private static Path out;

    private ScreenshotTour() {
    }

    // Not an Application itself: the JavaFX launcher refuses such a main class started from the class path.
    public static void main(String[] args) {
        out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Application.launch(TourApp.class, args);
    }

    /** The application the tour runs in. */
    public static final class TourApp extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            startTour(stage);
        }
    }

    private static void startTour(Stage stage) throws Exception {
        Files.createDirectories(out);
        WindowDoubles doubles = new WindowDoubles();
        doubles.documents.demo.set(DemoSnapshot.load());
        doubles.profiles.stored.add(new ConnectionProfile("lab", "127.0.0.1", 2222, "root",
                new AuthChoice.KeyFile(System.getProperty("user.home") + "/.ssh/id_ed25519"), Optional.empty(),
                Optional.empty(), ToolPrefixes.DISCOVER, true));
        CountDownLatch never = new CountDownLatch(1);
        doubles.collector.script.set((request, listener, cancel) -> {
            listener.connecting(request.profile().address());
            List<String> items = List.of("bridges", "ovs/show", "northbound/Logical_Switch",
                    "northbound/Logical_Router", "northbound/Load_Balancer", "flows/br-int", "flows/br-ex",
                    "iptables/nat", "routes", "addresses");
            listener.planned(items);
            listener.finished("bridges", Outcome.COMPLETED);
            listener.finished("ovs/show", Outcome.COMPLETED);
            listener.finished("northbound/Logical_Switch", Outcome.COMPLETED);
            listener.finished("flows/br-ex", Outcome.TIMED_OUT);
            cancel.onCancel(never::countDown);
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DemoSnapshot.load();
        });
        MainWindow window = new MainWindow(WindowDoubles.layouts(), "0.1.0", doubles.ports());
        window.show(stage);
        window.openDemo();
        Thread tour = new Thread(() -> tour(window, stage), "screenshot-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private static void tour(MainWindow window, Stage stage) {
        pause(2500);
        fx(() -> {
            stage.setWidth(1400);
            stage.setHeight(900);
            splits(stage).get(0).setDividerPositions(0.18, 0.74);
            splits(stage).get(1).setDividerPositions(0.86);
        });
        pause(500);
        fx(() -> {
            window.topology().find("10.42.0.12");
            window.topology().fit();
            window.topology().select("router:GR_microshift-dev");
        });
        pause(800);
        fx(() -> save(stage.getScene(), "topology-view.png"));
        fx(() -> {
            window.topology().zoomIn();
            window.topology().zoomIn();
            window.topology().zoomIn();
        });
        pause(500);
        fx(() -> save(stage.getScene(), "topology-zoomed.png"));
        fx(() -> {
            stage.setWidth(1200);
            stage.setHeight(760);
            splits(stage).get(0).setDividerPositions(0.27, 0.70);
            splits(stage).get(1).setDividerPositions(0.65);
        });
        fx(() -> select(stage, "Load balancers", "Service_openshift-dns/dns-default_TCP"));
        pause(800);
        fx(() -> save(stage.getScene(), "main-demo-load-balancer.png"));
        fx(() -> select(stage, "OVN routers", "GR_microshift-dev"));
        pause(800);
        fx(() -> save(stage.getScene(), "main-demo-router.png"));
        fx(() -> select(stage, "OpenFlow bridges", "br-int", "table 8 "));
        pause(800);
        fx(() -> save(stage.getScene(), "main-demo-flow-table.png"));
        fx(() -> window.open(new ShownSnapshot(FixtureSnapshots.collected("core@192.168.122.14", List.of(
                new Gap("flows/br-ex", "timed out after 20 s; the rest of the snapshot stands"))), Optional.empty())));
        pause(800);
        fx(() -> save(stage.getScene(), "main-partial.png"));
        fx(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#connect")).fire());
        pause(1200);
        fx(() -> save(dialog(stage).getScene(), "connect-dialog.png"));
        fx(() -> {
            Scene scene = dialog(stage).getScene();
            ((TextField) scene.lookup("#connect-port")).setText("99999");
            ((javafx.scene.control.TitledPane) scene.lookup("#connect-advanced")).setExpanded(true);
        });
        pause(800);
        fx(() -> save(dialog(stage).getScene(), "connect-dialog-invalid-port.png"));
        fx(() -> {
            Scene scene = dialog(stage).getScene();
            ((TextField) scene.lookup("#connect-port")).setText("2222");
            ((javafx.scene.control.RadioButton) scene.lookup("#connect-auth-agent")).setSelected(true);
            ((javafx.scene.control.Button) scene.lookup("#connect-go")).fire();
        });
        pause(1500);
        fx(() -> save(dialog(stage).getScene(), "connect-dialog-progress.png"));
        fx(Platform::exit);
    }

    /** The window's split panes: sides first, then the centre's topology over trace. */
    private static List<javafx.scene.control.SplitPane> splits(Stage stage) {
        return stage.getScene().getRoot().lookupAll(".split-pane").stream()
                .map(n -> (javafx.scene.control.SplitPane) n).toList();
    }

    private static Stage dialog(Stage main) {
        return (Stage) Window.getWindows().stream().filter(w -> w != main && w instanceof Stage s
                && s.getScene().lookup("#connect-dialog") != null).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void select(Stage stage, String... path) {
        TreeView<NavEntry> tree = (TreeView<NavEntry>) stage.getScene().lookup("#navigator");
        TreeItem<NavEntry> item = tree.getRoot();
        for (String start : path) {
            item = item.getChildren().stream().filter(i -> i.getValue().label().startsWith(start)).findFirst()
                    .orElseThrow();
            item.setExpanded(true);
        }
        tree.getSelectionModel().select(item);
        tree.scrollTo(tree.getRow(item));
    }

    private static void save(Scene scene, String name) {
        savePng(scene, out.resolve(name));
    }
}
