package io.ovnscope.views.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.DemoSnapshot;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The flow table on the demo's br-ex. Seed 004 shows br-ex's two priority-500 flows in table 0 (its
 * bridge/dump-flows br-ex blocks, lines 299 and 414): in_port=LOCAL to 10.43.0.0/16, and in_port=2 from
 * 192.168.122.14 to 10.44.0.0; the demo's br-ex dump holds those two, the lab's tables 2 and 4, and the priority-0 NORMAL flow.
 */
@ExtendWith(ApplicationExtension.class)
class FlowTableViewTest {
    private static final Snapshot DEMO = DemoSnapshot.load();
    private FlowTableView view;

    @Start
    void start(Stage stage) {
        view = new FlowTableView();
        FlowTableStage.show(stage, view, 1100, 500);
        view.show("br-ex", DEMO.node().flows().get("br-ex").flows());
    }

    @Test
    void theSeedsPriority500FlowsAreExactlyWhatTheFilterShows(FxRobot robot) {
        // The demo's br-ex: the seed's two priority-500 flows, the lab's tables 2 and 4, and the NORMAL flow.
        assertThat(count(robot)).isEqualTo("5 flows");
        filter(robot, "table=0 and priority=500");
        assertThat(count(robot)).isEqualTo("2 of 5 flows");
        assertThat(cellTexts(robot, 5)).containsExactly("ip,in_port=LOCAL,nw_dst=10.43.0.0/16",
                "ip,in_port=2,nw_src=192.168.122.14,nw_dst=10.44.0.0");
        // The group line heads them, with the table's flow count.
        assertThat(cellTexts(robot, 0)).containsExactly("table 0 · 2 flows", "0", "0");
    }

    @Test
    void aBadFilterSaysWhatIsWrongUnderTheFieldAndKeepsTheRows(FxRobot robot) {
        filter(robot, "table=0 and priority=500");
        int windows = robot.listWindows().size();
        filter(robot, "table=0 and");
        Label error = robot.lookup("#flow-filter-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("column 12: expected a field name, 'not' or '(', found end of filter");
        assertThat(robot.lookup("#flow-filter").queryAs(TextField.class).getStyleClass()).contains("filter-bad");
        assertThat(count(robot)).isEqualTo("2 of 5 flows");
        assertThat(robot.listWindows()).hasSize(windows);

        filter(robot, "n_packets>0");
        assertThat(error.isVisible()).isFalse();
        assertThat(count(robot)).isEqualTo("1 of 5 flows");
    }

    @Test
    void completionOffersTheFieldBeingTyped(FxRobot robot) {
        robot.clickOn("#flow-filter").write("prio");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("priority");
        assertThat(robot.lookup("#flow-filter").queryAs(TextField.class).getText()).isEqualTo("priority");
    }

    @Test
    void aCtTableTargetIsALinkToItsTableOrSaysTheFilterHidesIt(FxRobot robot) {
        robot.clickOn(ctTableTwo(robot));
        TableView<?> table = robot.lookup("#flow-table").queryAs(TableView.class);
        assertThat(view.listing().flow((Integer) table.getSelectionModel().getSelectedItem()).table()).isEqualTo(2);

        filter(robot, "priority=500");
        robot.clickOn(ctTableTwo(robot));
        assertThat(count(robot)).isEqualTo("table 2: no flow shown");
    }

    private static Hyperlink ctTableTwo(FxRobot robot) {
        return robot.lookup(".flow-jump").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().startsWith("ct(commit,table=2,")).findFirst().orElseThrow();
    }

    @Test
    void aLinkJumpsToTheFirstFlowOfItsTable(FxRobot robot) {
        List<Flow> flows = DEMO.node().flows().get("br-int").flows();
        robot.interact(() -> view.show("br-int", flows));
        // The demo's br-int: table 0's flows resubmit to table 8 (resubmit(,8)), the first target below.
        robot.interact(() -> view.jumpToTable(8));
        TableView<?> table = robot.lookup("#flow-table").queryAs(TableView.class);
        int selected = (Integer) table.getSelectionModel().getSelectedItem();
        assertThat(view.listing().flow(selected).table()).isEqualTo(8);
        assertThat(view.listing().isGroup(selected - 1)).isTrue();
    }

    private static void filter(FxRobot robot, String text) {
        TextField field = robot.lookup("#flow-filter").queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
        robot.clickOn(field).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String count(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#flow-count").queryAs(Label.class).getText();
    }

    /** The non-empty texts of one column's visible cells, top to bottom. */
    private static List<String> cellTexts(FxRobot robot, int column) {
        TableView<?> table = robot.lookup("#flow-table").queryAs(TableView.class);
        Object columnObject = table.getColumns().get(column);
        return robot.lookup("#flow-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() == columnObject && !cell.isEmpty() && cell.getText() != null
                        && cell.getTableRow() != null && cell.getTableRow().getIndex() < table.getItems().size())
                .sorted(java.util.Comparator.comparingInt(TableCell::getIndex))
                .map(TableCell::getText).toList();
    }
}
