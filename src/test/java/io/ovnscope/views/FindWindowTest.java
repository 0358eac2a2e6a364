package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+F on the demo the jar ships: 10.43.0.10 is the dns-default service's VIP, held by its UDP and TCP
 * load balancers (three VIP entries) and matched on 16 br-int flow lines (see SnapshotSearchTest).
 */
@ExtendWith(ApplicationExtension.class)
class FindWindowTest {
    private MainWindow window;

    @Start
    void start(Stage shown) {
        window = new MainWindow(WindowDoubles.layouts(), "1.0", new WindowDoubles().ports());
        window.show(shown);
        window.open(new ShownSnapshot(DemoSnapshot.load(), Optional.empty()));
    }

    @Test
    void findingTheDnsVipListsItsLoadBalancersVipsAndFlows(FxRobot robot) throws Exception {
        findDnsVip(robot);

        TreeView<?> results = robot.lookup("#find-results").queryAs(TreeView.class);
        List<String> groups = results.getRoot().getChildren().stream().map(g -> g.getValue().toString()).toList();
        assertThat(groups).containsExactly("Load balancers (2)", "Load balancer VIPs (3)", "OpenFlow flows (16)",
                "Raw outputs (1)", "Trace examples (2)");
        TreeItem<?> loadBalancers = results.getRoot().getChildren().get(0);
        assertThat(loadBalancers.getChildren()).extracting(c -> c.getValue().toString()).containsExactlyInAnyOrder(
                "Service_openshift-dns/dns-default_UDP_node_router+switch_microshift-dev (udp, 1 VIPs)",
                "Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev (tcp, 2 VIPs)");

        // Choosing a hit shows its object in the main window's details.
        TreeItem<?> vip = results.getRoot().getChildren().get(1).getChildren().get(0);
        robot.interact(() -> selectItem(results, vip));
        assertThat(DetailsRows.of(robot)).anySatisfy(row -> assertThat(row.value()).contains("10.43.0.10:53"));
    }

    @Test
    void openingARawHitShowsItsOutputAtTheLine(FxRobot robot) throws Exception {
        findDnsVip(robot);
        TreeView<?> results = robot.lookup("#find-results").queryAs(TreeView.class);
        TreeItem<?> raw = results.getRoot().getChildren().get(3).getChildren().get(0);
        robot.interact(() -> {
            selectItem(results, raw);
            results.requestFocus();
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).anySatisfy(w -> assertThat(w).isInstanceOfSatisfying(Stage.class,
                s -> assertThat(s.getTitle()).isEqualTo("nb/Load_Balancer — ovnscope")));
        assertThat(robot.lookup("#raw-header").queryAs(Label.class).getText())
                .startsWith("ovn-nbctl --format=json list Load_Balancer  ·  completed, exit 0, ");
        ListView<?> lines = robot.lookup("#raw-lines").queryAs(ListView.class);
        assertThat(lines.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void openingATraceExampleHitTracesItInThePanel(FxRobot robot) throws Exception {
        findDnsVip(robot);
        TreeView<?> results = robot.lookup("#find-results").queryAs(TreeView.class);
        TreeItem<?> examples = results.getRoot().getChildren().get(4);
        TreeItem<?> podToDns = examples.getChildren().stream()
                .filter(item -> item.getValue().toString().startsWith("pod to clusterService")).findFirst().orElseThrow();
        robot.interact(() -> {
            selectItem(results, podToDns);
            results.requestFocus();
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        // The main window's trace panel shows seed 004's three rows of pod to clusterService.
        TableView<?> steps = robot.lookup("#trace-steps").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> steps.getItems().size() == 3);
    }

    /** Ctrl+F, the DNS service's VIP, Enter, and the search done: 24 places, as the tests below count them. */
    private static void findDnsVip(FxRobot robot) throws Exception {
        robot.clickOn("#navigator").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#find-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("10.43.0.10"));
        robot.clickOn(field).press(KeyCode.ENTER).release(KeyCode.ENTER);
        Label summary = robot.lookup("#find-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().startsWith("24 places"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void selectItem(TreeView tree, TreeItem item) {
        tree.getSelectionModel().select(item);
    }
}
