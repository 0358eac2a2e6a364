package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceEngine;
import io.ovnscope.core.trace.TraceStep;
import io.ovnscope.core.trace.TraceTable;
import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.SeedTrafficFlows;
import io.ovnscope.views.snapshot.ShownSnapshot;
import io.ovnscope.views.topology.DrawnBox;
import io.ovnscope.views.topology.TopologyPane;
import io.ovnscope.views.trace.TracePanel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The trace panel on the demo: the ten examples, click-to-trace, stepping, and the Markdown export. */
@ExtendWith(ApplicationExtension.class)
class TracePanelTest {
    private static Snapshot demo;
    private static TraceEngine engine;
    private final WindowDoubles doubles = new WindowDoubles();
    private MainWindow window;

    @BeforeAll
    static void loadDemo() {
        demo = DemoSnapshot.load();
        engine = new TraceEngine(demo);
    }

    @Start
    void start(Stage shown) {
        window = new MainWindow(WindowDoubles.layouts(), "1.0", doubles.ports());
        window.show(shown);
    }

    @Test
    void eachExampleShowsTheEnginesRows(FxRobot robot) {
        openDemo(robot);
        for (String title : SeedTrafficFlows.TITLES) {
            List<List<String>> expected = rows(engine.trace(SeedTrafficFlows.question(title)));
            robot.interact(() -> window.trace().chooseExample(title));
            waitUntil(title + " traced", () -> tableRows(robot).equals(expected));
            assertThat(tableRows(robot)).as(title).isEqualTo(expected);
        }
    }

    @Test
    void clickingPod1ThenTheDnsLoadBalancerTracesPodToClusterService(FxRobot robot) {
        TopologyPane topology = openDemo(robot);
        robot.clickOn("#trace-pick");
        robot.clickOn(onScreen(robot, topology, "switch-port:default_pod-1"));
        // The DNS service's UDP load balancer: 10.43.0.10:53/udp in the demo's ovn-nbctl lb-list.
        robot.clickOn(onScreen(robot, topology, "load-balancer:72b5545a-f79d-4bc2-902c-7a7cad4bb10a"));

        List<List<String>> expected = rows(engine.trace(SeedTrafficFlows.question("pod to clusterService")));
        waitUntil("the picked trace", () -> tableRows(robot).equals(expected));
        assertThat(tableRows(robot)).isEqualTo(expected);
        assertThat(tableRows(robot).get(0).get(3)).isEqualTo("10.43.0.10:53");
        assertThat(tableRows(robot).get(1).get(3)).isEqualTo("10.42.0.7:5353");
    }

    @Test
    void steppingForwardAndBackMovesTheRowAndTheMarkedElementTogether(FxRobot robot) {
        TopologyPane topology = openDemo(robot);
        TracePanel trace = window.trace();
        robot.interact(() -> trace.chooseExample("pod to clusterService"));
        waitUntil("traced", () -> tableRows(robot).size() == 3);
        robot.interact(() -> {
            trace.pause();
            trace.restart();
            trace.pause();
        });
        assertThat(topology.marks().marked()).contains("switch-port:default_pod-1");
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(-1);

        robot.interact(trace::stepForward);
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(topology.marks().marked()).contains("switch:microshift-dev");
        assertThat(topology.marks().token()).isPresent();

        robot.interact(trace::stepForward);
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(topology.marks().marked()).contains("router:ovn_cluster_router");
        assertThat(robot.lookup("#trace-packet").queryLabeled().getText()).isEqualTo("10.42.0.12 → 10.42.0.7:5353");

        robot.interact(trace::stepBack);
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isZero();
        assertThat(topology.marks().marked()).contains("switch:microshift-dev");
        assertThat(robot.lookup("#trace-packet").queryLabeled().getText()).isEqualTo("10.42.0.12 → 10.43.0.10:53");

        robot.clickOn("#trace-steps");
        robot.type(KeyCode.HOME);
        robot.interact(trace::pause);
        assertThat(trace.position()).isLessThan(1);
    }

    @Test
    void theEvidenceOfTheLoadBalancerStepSelectsTheLoadBalancer(FxRobot robot) {
        TopologyPane topology = openDemo(robot);
        robot.interact(() -> window.trace().chooseExample("pod to clusterService"));
        waitUntil("traced", () -> tableRows(robot).size() == 3);
        robot.interact(() -> window.trace().seek(1));

        // Step 1's evidence is the node switch's UDP load balancer for 10.43.0.10:53 (ovn-nbctl ls-lb-list).
        javafx.scene.control.Hyperlink link = robot.lookup(".trace-evidence-object").queryAs(javafx.scene.control.Hyperlink.class);
        robot.interact(link::fire);

        assertThat(topology.marks().selected()).contains("load-balancer:72b5545a-f79d-4bc2-902c-7a7cad4bb10a");
    }

    @Test
    void theMarkdownExportIsTheEnginesTable(FxRobot robot, @TempDir Path folder) throws Exception {
        openDemo(robot);
        robot.interact(() -> window.trace().chooseExample("host to clusterService"));
        waitUntil("traced", () -> tableRows(robot).size() == 6);
        Path file = folder.resolve("trace.md");
        doubles.picker.answers.add(file);

        robot.clickOn("#trace-export-markdown");
        waitUntil("exported", () -> Files.exists(file));

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(TraceTable.markdown(engine.trace(SeedTrafficFlows.question("host to clusterService"))));
    }

    @Test
    void theReplyPlaysAfterTheRequestWithItsOwnRows(FxRobot robot) {
        openDemo(robot);
        robot.interact(() -> window.trace().chooseExample("pod to clusterService"));
        waitUntil("traced", () -> tableRows(robot).size() == 3);

        robot.clickOn("#trace-reply");

        Trace reply = engine.reply(engine.trace(SeedTrafficFlows.question("pod to clusterService")));
        waitUntil("the reply shown", () -> tableRows(robot).equals(rows(reply)));
        // The reply leaves the DNS pod from 10.42.0.7:5353, back to pod-1 (the load balancer's DNAT undone later).
        assertThat(tableRows(robot).get(0).get(2)).isEqualTo("10.42.0.7:5353");
    }

    @Test
    void aTraceThatStopsEndsWithAStopRowAndMarksWhereItStopped(FxRobot robot) {
        TopologyPane topology = openDemo(robot);
        robot.interact(() -> {
            robot.lookup("#trace-from").queryTextInputControl().setText("no-such-pod");
            robot.lookup("#trace-to").queryTextInputControl().setText("10.43.0.10:53");
        });
        robot.clickOn("#trace-run");

        waitUntil("the stop shown", () -> !tableRows(robot).isEmpty());
        List<String> last = tableRows(robot).get(tableRows(robot).size() - 1);
        assertThat(last.get(0)).isEqualTo("stop");
        assertThat(last.get(4)).startsWith("stopped: ").contains("no-such-pod");
        robot.interact(() -> window.trace().seek(window.trace().end()));
        assertThat(topology.marks().marked()).isPresent();
        assertThat(table(robot).getSelectionModel().getSelectedIndex()).isEqualTo(tableRows(robot).size() - 1);
    }

    @Test
    void theJsonExportIsWhatThePortWrites(FxRobot robot, @TempDir Path folder) throws Exception {
        openDemo(robot);
        robot.interact(() -> window.trace().chooseExample("pod to pod"));
        waitUntil("traced", () -> tableRows(robot).size() == 1);
        Path file = folder.resolve("trace.json");
        doubles.picker.answers.add(file);

        robot.clickOn("#trace-export-json");
        waitUntil("exported", () -> Files.exists(file));

        // WindowDoubles' port writes the number of request rows: pod to pod has one.
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("{\"trace\":1}");
    }

    @Test
    void theFormCompletesPodNamesAndTracesWhatIsTyped(FxRobot robot) {
        openDemo(robot);
        robot.clickOn("#trace-from").write("pod-");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#trace-from").queryTextInputControl().getText()).isEqualTo("pod-");
        // The demo's pods in namespace default: pod-1 and pod-2 (ovn-nbctl show: default_pod-1, default_pod-2).
        assertThat(robot.lookup(".context-menu .menu-item .label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("default/pod-1", "default/pod-2");
        robot.write("1").type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#trace-from").queryTextInputControl().getText()).isEqualTo("pod-1");
        robot.clickOn("#trace-to").write("10.43.0.10:53");
        robot.interact(() -> robot.lookup("#trace-protocol").queryComboBox().getSelectionModel()
                .select(io.ovnscope.core.trace.TraceProtocol.UDP));
        robot.clickOn("#trace-run");

        List<List<String>> expected = rows(engine.trace(SeedTrafficFlows.question("pod to clusterService")));
        waitUntil("the typed question traced", () -> tableRows(robot).equals(expected));
    }

    private TopologyPane openDemo(FxRobot robot) {
        robot.interact(() -> window.open(new ShownSnapshot(demo, Optional.empty())));
        waitUntil("the demo's topology laid out", () -> window.topology().layout().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return window.topology();
    }

    private static List<List<String>> rows(Trace trace) {
        return trace.steps().stream().map(TracePanelTest::row).toList();
    }

    private static List<String> row(TraceStep step) {
        return List.of(String.valueOf(step.number()), step.where().where(), step.src().toString(),
                step.dst().toString(), step.comment());
    }

    private static List<List<String>> tableRows(FxRobot robot) {
        TableView<?> table = table(robot);
        return java.util.stream.IntStream.range(0, table.getItems().size()).mapToObj(i -> table.getColumns().stream()
                .map(column -> String.valueOf(column.getCellData(i))).toList()).toList();
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#trace-steps").queryAs(TableView.class);
    }

    private static Point2D onScreen(FxRobot robot, TopologyPane topology, String id) {
        DrawnBox box = topology.drawing().box(id).orElseThrow(() -> new AssertionError(id + " is not drawn"));
        Node canvas = robot.lookup("#topology-canvas").query();
        return canvas.localToScreen(topology.viewport().toScreen(box.centreX(), box.centreY()));
    }

    private static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError(what + ": not within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
