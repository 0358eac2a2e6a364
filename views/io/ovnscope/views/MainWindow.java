package io.ovnscope.views;

import io.ovnscope.core.browse.RelatedObjects;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.connect.ConnectDialog;
import io.ovnscope.views.connect.ProfileHistory;
import io.ovnscope.views.nodeport.Confirmation;
import io.ovnscope.views.nodeport.NodePortDialog;
import io.ovnscope.views.files.SnapshotFiles;
import io.ovnscope.views.layout.WindowLayout;
import io.ovnscope.views.layout.WindowLayoutStore;
import io.ovnscope.views.snapshot.DetailsPane;
import io.ovnscope.views.snapshot.ShownSnapshot;
import io.ovnscope.views.snapshot.WindowTitle;
import io.ovnscope.views.topology.CoreTopology;
import io.ovnscope.views.topology.DrawnBox;
import io.ovnscope.views.topology.TopologyExport;
import io.ovnscope.views.topology.TopologyPane;
import io.ovnscope.views.trace.TracePanel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window: menus and toolbar on top, the navigator on the left, the topology with the trace panel
 * below it in the centre, the details on the right, and a status bar. What each action does lives in its own
 * class (files, connect dialog); the window lays them out and shows the snapshot they produce.
 */
public final class MainWindow {
    public static final String TITLE = WindowTitle.APP;

    private final WindowLayoutStore layouts;
    private final String version;
    private final WindowPorts ports;
    private final DetailsPane details = new DetailsPane();
    private final SelectionSync selection = new SelectionSync(details);
    private final NavigatorPane navigator = new NavigatorPane(subject -> selection.fromNavigator(subject),
            this::browse);
    private final SplitPane sides = new SplitPane();
    private final SplitPane centre = new SplitPane();
    private final StatusLine status = new StatusLine();
    private final Background background = new Background();
    private final ObjectProperty<ShownSnapshot> shown = new SimpleObjectProperty<>();
    private final ProfileHistory profiles;
    private final TopologyPane topology;
    private final TracePanel trace;
    private Stage stage;
    private SnapshotFiles files;
    private TopologyExport export;
    private BrowseWindows browse;

    public MainWindow(WindowLayoutStore layouts, String version, WindowPorts ports) {
        this.layouts = Objects.requireNonNull(layouts);
        this.version = Objects.requireNonNull(version);
        this.ports = Objects.requireNonNull(ports);
        this.profiles = new ProfileHistory(ports.profiles());
        this.topology = new TopologyPane(background, CoreTopology::layout, this::clickedInPicture);
        this.trace = new TracePanel(topology, background, ports.files(), ports.traces(), status, () -> stage);
        selection.join(navigator, topology);
    }

    public void show(Stage window) {
        this.stage = window;
        WindowActions actions = new WindowActions(new WindowActions.Handlers(
                () -> connect(Optional.empty()), () -> connect(shown()), () -> files.open(stage),
                () -> shown().ifPresent(s -> files.save(stage, s.snapshot())),
                () -> export.svg(stage), () -> export.png(stage, 1), () -> export.png(stage, 2), this::nodePort,
                this::quit,
                () -> AboutDialog.show(stage, version)));
        files = new SnapshotFiles(ports.documents(), profiles, ports.remembered(), ports.files(), background,
                status, shown::set);
        export = new TopologyExport(topology, ports.files(), ports.remembered(), background, status,
                () -> shown().map(s -> s.snapshot().source().node()).orElse("topology"));
        topology.drawnProperty().addListener((seen, before, now) -> actions.topologyDrawn(now));
        shown.addListener((seen, before, now) -> display(now, actions));
        BorderPane root = new BorderPane();
        root.setTop(new VBox(MainMenuBar.of(actions.menus()), MainToolBar.of(actions.toolbarGroups())));
        root.setCenter(panes());
        root.setBottom(status.view());

        WindowLayout layout = layouts.load();
        Scene scene = new Scene(root, layout.width(), layout.height());
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("ovnscope.css")).toExternalForm());
        window.setScene(scene);
        browse = new BrowseWindows(window, scene, background, () -> shown().map(ShownSnapshot::snapshot),
                subject -> details.show(Optional.of(subject)), example -> trace.chooseExample(example.title()));
        window.setTitle(TITLE);
        window.getIcons().addAll(appIcons());
        window.setMinWidth(640);
        window.setMinHeight(420);
        place(window, layout);
        window.setOnHidden(e -> layouts.save(currentLayout(layout)));
        window.show();
        restoreDividers(layout.dividers());
    }

    /** Opens the built-in demo in the background: what a new user sees first. */
    public void openDemo() {
        files.openDemo();
    }

    /** Shows a snapshot (for the app's own callers and tests; the actions call it themselves). */
    public void open(ShownSnapshot snapshot) {
        shown.set(Objects.requireNonNull(snapshot));
    }

    public Optional<ShownSnapshot> shown() {
        return Optional.ofNullable(shown.get());
    }

    /** The topology picture, for the trace panel's marks and for tests. */
    public TopologyPane topology() {
        return topology;
    }

    private void browse(Object subject) {
        browse.open(subject);
    }

    /** The trace panel below the picture, for tests. */
    public TracePanel trace() {
        return trace;
    }

    /** A click in the picture selects the element, and is click-to-trace's pick when that is armed. */
    private void clickedInPicture(Optional<DrawnBox> box) {
        selection.fromTopology(box);
        trace.clicked(box);
    }

    private void quit() {
        stage.close();
        Platform.exit();
    }

    private void display(ShownSnapshot now, WindowActions actions) {
        stage.setTitle(WindowTitle.of(now.snapshot()));
        navigator.show(now.snapshot());
        topology.show(now.snapshot());
        details.relateWith(subject -> RelatedObjects.of(now.snapshot().node().northbound(), subject));
        trace.show(now.snapshot());
        status.show(now.snapshot(), stage);
        actions.snapshotShown(now);
    }

    private void connect(Optional<ShownSnapshot> again) {
        ConnectDialog dialog = new ConnectDialog(stage, ports.collector(), profiles, background, shown::set);
        again.flatMap(ShownSnapshot::profile).ifPresentOrElse(dialog::refresh, dialog::open);
    }

    private void nodePort() {
        new NodePortDialog(stage, ports.nodePorts(), profiles, background, Confirmation.alert(stage))
                .open(shown().flatMap(ShownSnapshot::profile));
    }

    private SplitPane panes() {
        centre.setOrientation(Orientation.VERTICAL);
        centre.getItems().setAll(new StackPane(topology.view(), trace.overlay()), trace.view());
        sides.setOrientation(Orientation.HORIZONTAL);
        sides.getItems().setAll(navigator.view(), centre, details.view());
        SplitPane.setResizableWithParent(navigator.view(), false);
        return sides;
    }

    private void place(Stage window, WindowLayout layout) {
        if (layout.hasPosition() && visible(layout)) {
            window.setX(layout.x());
            window.setY(layout.y());
        } else {
            window.centerOnScreen();
        }
        window.setMaximized(layout.maximized());
    }

    private static boolean visible(WindowLayout layout) {
        Rectangle2D titleBar = new Rectangle2D(layout.x(), layout.y(), Math.max(1, layout.width()), 30);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(titleBar));
    }

    private void restoreDividers(List<Double> dividers) {
        List<Double> positions = dividers.size() == 3 ? dividers : WindowLayout.DEFAULT.dividers();
        sides.setDividerPositions(positions.get(0), positions.get(1));
        centre.setDividerPositions(positions.get(2));
    }

    private WindowLayout currentLayout(WindowLayout before) {
        List<Double> dividers = new ArrayList<>();
        for (double position : sides.getDividerPositions()) {
            dividers.add(position);
        }
        for (double position : centre.getDividerPositions()) {
            dividers.add(position);
        }
        if (stage.isMaximized()) {
            return new WindowLayout(before.x(), before.y(), before.width(), before.height(), true, dividers);
        }
        return new WindowLayout(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false, dividers);
    }

    private static List<Image> appIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = MainWindow.class.getResource("/icons/ovnscope-" + size + ".png");
            if (url != null) {
                icons.add(new Image(url.toExternalForm()));
            }
        }
        return icons;
    }
}
