package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.views.snapshot.NavEntry;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bridge or one of its tables opened from the navigator (Enter or double click) shows in the flow window. */
@ExtendWith(ApplicationExtension.class)
class FlowBrowserOpeningTest {
    private MainWindow window;

    @Start
    void start(Stage shown) {
        window = new MainWindow(WindowDoubles.layouts(), "1.0", new WindowDoubles().ports());
        window.show(shown);
        window.open(new ShownSnapshot(DemoSnapshot.load(), Optional.empty()));
    }

    @Test
    void enterOnABridgeOpensItsFlows(FxRobot robot) {
        TreeItem<NavEntry> brEx = bridge(robot, "br-ex");
        robot.interact(() -> {
            tree(robot).getSelectionModel().select(brEx);
            tree(robot).requestFocus();
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).map(FlowBrowserOpeningTest::title).contains("Flows of br-ex — ovnscope");
        // The demo's br-ex dump has 5 flows.
        assertThat(robot.lookup("#flow-count").queryAs(Label.class).getText()).isEqualTo("5 flows");
    }

    @Test
    void doubleClickOnATableJumpsToIt(FxRobot robot) {
        TreeItem<NavEntry> brInt = bridge(robot, "br-int");
        robot.interact(() -> brInt.setExpanded(true));
        TreeItem<NavEntry> table8 = brInt.getChildren().stream()
                .filter(c -> c.getValue().label().startsWith("table 8 ")).findFirst().orElseThrow();
        robot.interact(() -> tree(robot).getSelectionModel().select(table8));
        robot.interact(() -> tree(robot).scrollTo(tree(robot).getSelectionModel().getSelectedIndex()));
        robot.doubleClickOn(table8.getValue().label());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> flows = robot.lookup("#flow-table").queryAs(TableView.class);
        // The table's items are the listing's positions on screen: the selected one is table 8's first flow,
        // below its group line, so past the listing's first row.
        assertThat((Integer) flows.getSelectionModel().getSelectedItem()).isPositive();
        TableRow<?> selectedRow = robot.lookup("#flow-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.isVisible() && !row.isEmpty() && row.isSelected()).findFirst().orElseThrow();
        TableCell<?, ?> tableCell = robot.from(selectedRow).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableColumn() == flows.getColumns().get(0)).findFirst().orElseThrow();
        assertThat(tableCell.getText()).isEqualTo("8");
        assertThat(robot.listWindows()).map(FlowBrowserOpeningTest::title).contains("Flows of br-int — ovnscope");
    }

    private static String title(Window shown) {
        return shown instanceof Stage stage ? stage.getTitle() : "";
    }

    private static TreeItem<NavEntry> bridge(FxRobot robot, String name) {
        TreeItem<NavEntry> bridges = tree(robot).getRoot().getChildren().stream()
                .filter(c -> c.getValue().label().startsWith("OpenFlow bridges")).findFirst().orElseThrow();
        robot.interact(() -> bridges.setExpanded(true));
        return bridges.getChildren().stream().filter(c -> c.getValue().label().startsWith(name + " ")).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<NavEntry> tree(FxRobot robot) {
        return robot.lookup("#navigator").queryAs(TreeView.class);
    }
}
