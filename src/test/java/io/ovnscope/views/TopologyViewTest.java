package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.testing.FixtureSnapshots;
import io.ovnscope.views.snapshot.NavEntry;
import io.ovnscope.views.snapshot.PropertyRow;
import io.ovnscope.views.snapshot.ShownSnapshot;
import io.ovnscope.views.topology.CoreTopology;
import io.ovnscope.views.topology.DrawnBox;
import io.ovnscope.views.topology.TopologyPane;
import io.ovnscope.views.topology.Viewport;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The topology picture in the window, on the seed's node: select, search, zoom, fold and export. */
@ExtendWith(ApplicationExtension.class)
class TopologyViewTest {
    private final WindowDoubles doubles = new WindowDoubles();
    private MainWindow window;

    @Start
    void start(Stage shown) {
        window = new MainWindow(WindowDoubles.layouts(), "1.0", doubles.ports());
        window.show(shown);
    }

    @Test
    void clickingTheGatewayRouterShowsItsDataAndSelectsItInTheNavigator(FxRobot robot) {
        TopologyPane topology = openDemo(robot);
        DrawnBox gateway = topology.drawing().box("router:GR_microshift-dev").orElseThrow();
        robot.clickOn(onScreen(robot, topology, gateway));

        assertThat(topology.marks().selected()).contains("router:GR_microshift-dev");
        // The router's name and its port rtoj- on the join network, 100.64.0.2/16 in ovn-nbctl show of the lab.
        assertThat(details(robot).getItems()).contains(new PropertyRow("name", "GR_microshift-dev"));
        assertThat(details(robot).getItems()).anySatisfy(row -> assertThat(row.value()).contains("rtoj-GR_microshift-dev"));
        TreeItem<NavEntry> selected = tree(robot).getSelectionModel().getSelectedItem();
        assertThat(selected.getValue().subject()).containsInstanceOf(LogicalRouter.class);
        assertThat(((LogicalRouter) selected.getValue().subject().orElseThrow()).name()).isEqualTo("GR_microshift-dev");
    }

    @Test
    void selectingInTheNavigatorSelectsAndCentresTheElement(FxRobot robot) {
        TopologyPane topology = openDemo(robot);
        TreeItem<NavEntry> switches = tree(robot).getRoot().getChildren().get(0);
        TreeItem<NavEntry> join = switches.getChildren().stream()
                .filter(i -> i.getValue().label().startsWith("join ")).findFirst().orElseThrow();
        robot.interact(() -> tree(robot).getSelectionModel().select(join));

        assertThat(topology.marks().selected()).contains("switch:join");
        DrawnBox box = topology.drawing().box("switch:join").orElseThrow();
        Node canvas = robot.lookup("#topology-canvas").query();
        Point2D centre = topology.viewport().toScreen(box.centreX(), box.centreY());
        assertThat(centre.getX()).isCloseTo(canvas.getLayoutBounds().getWidth() / 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(centre.getY()).isCloseTo(canvas.getLayoutBounds().getHeight() / 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(details(robot).getItems()).contains(new PropertyRow("name", "join"));
    }

    @Test
    void searchingPodOnesAddressHighlightsPodOne(FxRobot robot) {
        TopologyPane topology = openDemo(robot);
        robot.clickOn("#topology-search").write("10.42.0.12").type(KeyCode.ENTER);

        // ovn-nbctl show of the lab: default_pod-1 has addresses "0a:58:0a:2a:00:0c 10.42.0.12".
        assertThat(topology.marks().found()).containsExactly("switch-port:default_pod-1");
        assertThat(robot.lookup("#topology-search-result").queryLabeled().getText()).isEqualTo("1 match");
        DrawnBox pod = topology.drawing().box("switch-port:default_pod-1").orElseThrow();
        assertThat(topology.viewport().scale()).isGreaterThanOrEqualTo(0.8);
        Node canvas = robot.lookup("#topology-canvas").query();
        assertThat(topology.viewport().toScreen(pod.centreX(), pod.centreY()).getX())
                .isCloseTo(canvas.getLayoutBounds().getWidth() / 2, org.assertj.core.data.Offset.offset(1.0));

        robot.clickOn("#topology-search").eraseText(10).write("no-such-thing").type(KeyCode.ENTER);
        assertThat(topology.marks().found()).isEmpty();
        assertThat(robot.lookup("#topology-search-result").queryLabeled().getText()).isEqualTo("not found");
    }

    @Test
    void zoomButtonsKeysAndTheWheelChangeTheScale(FxRobot robot) {
        TopologyPane topology = openDemo(robot);
        double fitted = topology.viewport().scale();
        robot.clickOn("#topology-zoom-in");
        assertThat(topology.viewport().scale()).isCloseTo(fitted * Viewport.STEP, org.assertj.core.data.Offset.offset(1e-9));
        robot.clickOn("#topology-canvas").type(KeyCode.MINUS).type(KeyCode.MINUS);
        assertThat(topology.viewport().scale()).isCloseTo(fitted / Viewport.STEP, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(robot.lookup("#topology-scale").queryLabeled().getText())
                .isEqualTo(Math.round(fitted / Viewport.STEP * 100) + " %");
        robot.moveTo("#topology-canvas").scroll(2, javafx.geometry.VerticalDirection.UP);
        assertThat(topology.viewport().scale()).isNotCloseTo(fitted / Viewport.STEP, org.assertj.core.data.Offset.offset(1e-6));
        robot.clickOn("#topology-fit");
        assertThat(topology.viewport().scale()).isCloseTo(fitted, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void draggingPansThePicture(FxRobot robot) {
        TopologyPane topology = openDemo(robot);
        Viewport before = topology.viewport();
        robot.drag("#topology-canvas").moveBy(60, 40).drop();
        assertThat(topology.viewport().offsetX() - before.offsetX()).isCloseTo(60, org.assertj.core.data.Offset.offset(1.0));
        assertThat(topology.viewport().offsetY() - before.offsetY()).isCloseTo(40, org.assertj.core.data.Offset.offset(1.0));
        assertThat(topology.viewport().scale()).isEqualTo(before.scale());
    }

    @Test
    void ctrlEWritesTheCoreWritersSvgOfTheShownLayoutWithItsHighlights(FxRobot robot, @TempDir Path folder)
            throws Exception {
        TopologyPane topology = openDemo(robot);
        robot.clickOn("#topology-search").write("10.42.0.12").type(KeyCode.ENTER);
        Path file = folder.resolve("demo.svg");
        doubles.picker.answers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(file) && Files.size(file) > 0);
        WaitForAsyncUtils.waitForFxEvents();

        Layout shown = topology.layout().orElseThrow();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(CoreTopology.svg(shown, topology.marks()))
                .contains("GR_microshift-dev", "100.64.0.2/16", "10.42.0.12");
        assertThat(doubles.picker.suggested).containsExactly("microshift-dev-topology.svg");
    }

    @Test
    void pngExportWritesThePictureAtOneAndTwiceItsSize(FxRobot robot, @TempDir Path folder) throws Exception {
        TopologyPane topology = openDemo(robot);
        Layout shown = topology.layout().orElseThrow();
        Path once = folder.resolve("once.png");
        Path twice = folder.resolve("twice.png");
        doubles.picker.answers.addAll(List.of(once, twice));
        robot.clickOn("#menubar .menu").clickOn("Export PNG…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(once) && Files.size(once) > 0);
        robot.clickOn("#menubar .menu").clickOn("Export PNG at 2×…");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(twice) && Files.size(twice) > 0);

        BufferedImage small = ImageIO.read(once.toFile());
        BufferedImage large = ImageIO.read(twice.toFile());
        assertThat(small.getWidth()).isEqualTo((int) Math.ceil(shown.width()));
        assertThat(large.getWidth()).isEqualTo((int) Math.ceil(shown.width() * 2));
        assertThat(large.getHeight()).isEqualTo((int) Math.ceil(shown.height() * 2));
        assertThat(doubles.picker.suggested).containsExactly("microshift-dev-topology.png",
                "microshift-dev-topology@2x.png");
    }

    private TopologyPane openDemo(FxRobot robot) {
        robot.interact(() -> window.open(new ShownSnapshot(FixtureSnapshots.demo(), Optional.empty())));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.topology().layout().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the demo's topology was not laid out in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return window.topology();
    }

    private static Point2D onScreen(FxRobot robot, TopologyPane topology, DrawnBox box) {
        Node canvas = robot.lookup("#topology-canvas").query();
        Point2D local = topology.viewport().toScreen(box.centreX(), box.centreY());
        return canvas.localToScreen(local);
    }

    @SuppressWarnings("unchecked")
    private static TreeView<NavEntry> tree(FxRobot robot) {
        return robot.lookup("#navigator").queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<PropertyRow> details(FxRobot robot) {
        return robot.lookup("#details").queryAs(TableView.class);
    }
}
