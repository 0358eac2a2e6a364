package io.ovnscope.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.topology.FoldState;
import io.ovnscope.testing.OvnClusterGenerator;
import io.ovnscope.views.background.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The pane alone on a generated cluster: pod groups fold and unfold, hover says what an element is, marks. */
@ExtendWith(ApplicationExtension.class)
class TopologyPaneTest {
    private final List<Optional<DrawnBox>> selections = new ArrayList<>();
    private TopologyPane pane;

    @Start
    void start(Stage stage) {
        pane = new TopologyPane(new Background(), CoreTopology::layout, selections::add);
        stage.setScene(new Scene((javafx.scene.Parent) pane.view(), 1000, 700));
        stage.show();
    }

    @Test
    void aDoubleClickUnfoldsAPodGroupAndAnotherOnOneOfItsPodsFoldsItAgain(FxRobot robot) throws Exception {
        // Two nodes of 20 pods: more than the fold threshold, so each node switch shows one group.
        show(robot, 2, 20);
        String group = "pods-of:switch:node-02";
        assertThat(pane.drawing().box(group)).isPresent();
        assertThat(pane.drawing().box("switch-port:default_pod-node-02-7")).isEmpty();

        robot.doubleClickOn(onScreen(robot, pane.drawing().box(group).orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> pane.drawing().box("switch-port:default_pod-node-02-7").isPresent());
        assertThat(pane.fold().unfoldedSwitches()).containsExactly("switch:node-02");
        assertThat(pane.drawing().box(group)).isEmpty();
        assertThat(pane.drawing().boxes()).filteredOn(b -> b.id().startsWith("switch-port:default_pod-node-02-"))
                .hasSize(20);
        // The other node's pods stay folded.
        assertThat(pane.drawing().box("pods-of:switch:node-01")).isPresent();

        robot.interact(() -> pane.find("default_pod-node-02-7"));
        robot.doubleClickOn(onScreen(robot, pane.drawing().box("switch-port:default_pod-node-02-7").orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.drawing().box(group).isPresent());
        assertThat(pane.fold()).isEqualTo(FoldState.defaults());
    }

    @Test
    void hoveringAnElementShowsWhatItIsAndItsAddresses(FxRobot robot) throws Exception {
        show(robot, 1, 3);
        DrawnBox port = pane.drawing().box("router-port:rtos-node-01").orElseThrow();
        robot.moveTo(onScreen(robot, port));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hover().isPresent());
        // The generator gives the first node's rtos- port the first address of its /22 in 10.128.0.0/14.
        assertThat(hover().orElseThrow().getText()).startsWith("Router port\nrtos-node-01").contains("10.128.0.1/22");
    }

    @Test
    void theTracePanelsMarksAreKeptAndAnEdgeBetweenTwoPathElementsIsOnThePath(FxRobot robot) throws Exception {
        show(robot, 1, 3);
        DrawnWire wire = pane.drawing().wires().get(0);
        robot.interact(() -> {
            pane.showPath(List.of(wire.from(), wire.to()));
            pane.mark(Optional.of(wire.to()));
            pane.placeToken(wire.id(), 0.5);
        });
        assertThat(pane.marks().onPath(wire)).isTrue();
        assertThat(pane.marks().marked()).contains(wire.to());
        assertThat(pane.marks().token()).contains(new Marks.Token(wire.id(), 0.5));
        double[] middle = wire.pointAt(0.5);
        assertThat(middle[1]).isBetween(Math.min(wire.ys()[0], wire.ys()[wire.ys().length - 1]),
                Math.max(wire.ys()[0], wire.ys()[wire.ys().length - 1]));
        robot.interact(pane::removeToken);
        assertThat(pane.marks().token()).isEmpty();
    }

    private void show(FxRobot robot, int nodes, int pods) throws Exception {
        robot.interact(() -> pane.show(new OvnClusterGenerator(nodes, pods, true, false, false).snapshot()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pane.layout().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onScreen(FxRobot robot, DrawnBox box) {
        Node canvas = robot.lookup("#topology-canvas").query();
        return canvas.localToScreen(pane.viewport().toScreen(box.centreX(), box.centreY()));
    }

    private static Optional<Tooltip> hover() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip t && t.isShowing()
                && "topology-hover".equals(t.getId())).map(w -> (Tooltip) w).findFirst();
    }
}
