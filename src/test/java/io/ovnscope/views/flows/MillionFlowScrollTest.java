package io.ovnscope.views.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.testing.OvnFlowDumpGenerator;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A million generated OVN flows, browsed as a user would: the table holds only the rows on screen, yet End,
 * the scroll bar, a jump, the wheel and the arrow keys reach every flow. Expected rows come from the
 * generator's rules (OvnFlowDumpGenerator): dump index i is of kind i % 10; kind 9 is table 65, priority 100,
 * {@code reg15=0x<1 + i/40000>,metadata=0x<1 + (i/10) % 4000>}, {@code actions=output:<1 + (i/10) % 60000>}.
 * Its one-flow slices (dump(i, 1)) print those lines; the tables are 0, 8, 10, 12, 14, 42, 44 (three kinds)
 * and 65, so grouped by table the listing holds 1,000,000 flows and 8 group lines, and table 65's group line
 * is at position 900,000 + 7 (seven group lines before it).
 */
@ExtendWith(ApplicationExtension.class)
class MillionFlowScrollTest {
    private static final int TABLE_65_GROUP_LINE = 900_007;
    /** A million parsed flows take most of a gigabyte: held for this class only, dropped after it. */
    private static List<Flow> flows;
    private FlowTableView view;

    @BeforeAll
    static void generate() {
        flows = new FlowDumpParser().read(new OvnFlowDumpGenerator(7).dump(1_000_000)).flows();
    }

    @AfterAll
    static void drop() {
        flows = null;
    }

    @Start
    void start(Stage stage) {
        view = new FlowTableView();
        FlowTableStage.show(stage, view, 1100, 500);
        view.show("br-int", flows);
    }

    @Test
    void theTableHoldsOnlyTheRowsOnScreenAndTheBarStandsForTheListing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.listing().size()).isEqualTo(1_000_008);
        // 500 pixels of window hold at most 20 rows of 24 pixels, header and scroll bar not counted.
        assertThat(table(robot).getItems().size()).isBetween(10, 20);
        List<TableRow<?>> rows = visibleRows(robot);
        assertThat(rows).hasSize(table(robot).getItems().size());
        assertThat(cellText(robot, rows.get(0), 0)).isEqualTo("table 0 · 100000 flows");
        ScrollBar bar = scrollBar(robot);
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getMax()).isEqualTo(1_000_008 - rows.size());
    }

    @Test
    void endAndTheScrollBarsEndShowTheListingsLastFlow(FxRobot robot) {
        robot.clickOn(visibleRows(robot).get(1));
        robot.press(KeyCode.END).release(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        // The dump's last flow, index 999,999: kind 9, datapath 4000, reg15 1 + 24.
        TableRow<?> last = lastOf(visibleRows(robot));
        assertThat(texts(robot, last)).containsExactly("65", "100", "reg15=0x19,metadata=0xfa0", "output:40000");
        assertThat(last.isSelected()).isTrue();
        assertThat(new OvnFlowDumpGenerator(7).dump(999_999, 1))
                .contains("priority=100,reg15=0x19,metadata=0xfa0 actions=output:40000");

        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellText(robot, visibleRows(robot).get(0), 0)).isEqualTo("table 0 · 100000 flows");

        ScrollBar bar = scrollBar(robot);
        Node thumb = robot.from(bar).lookup(".thumb").query();
        robot.drag(thumb).moveBy(0, 2000).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.getValue()).isEqualTo(bar.getMax());
        assertThat(texts(robot, lastOf(visibleRows(robot))))
                .containsExactly("65", "100", "reg15=0x19,metadata=0xfa0", "output:40000");
    }

    @Test
    void aJumpToATableNearTheEndSelectsAndShowsItsFirstFlow(FxRobot robot) {
        robot.interact(() -> view.jumpToTable(65));
        List<TableRow<?>> rows = visibleRows(robot);
        // The group line on top, then the table's first flow (dump index 9, datapath 1), selected.
        assertThat(cellText(robot, rows.get(0), 0)).isEqualTo("table 65 · 100000 flows");
        assertThat(texts(robot, rows.get(1))).containsExactly("65", "100", "reg15=0x1,metadata=0x1", "output:1");
        assertThat(rows.get(1).isSelected()).isTrue();
        // The pointer over the match brings its whole text as a tooltip.
        TableCell<?, ?> match = cell(robot, rows.get(1), 5);
        robot.moveTo(match);
        assertThat(match.getTooltip()).isNotNull();
        assertThat(match.getTooltip().getText()).isEqualTo("reg15=0x1,metadata=0x1");
        assertThat(scrollBar(robot).getValue()).isEqualTo(TABLE_65_GROUP_LINE);
        assertThat(new OvnFlowDumpGenerator(7).dump(9, 1)).contains("table=65,")
                .contains("priority=100,reg15=0x1,metadata=0x1 actions=output:1");
    }

    @Test
    void theSelectionSurvivesScrollingAwayAndBack(FxRobot robot) {
        robot.interact(() -> view.jumpToTable(65));
        // Monocle's robot turns a wheel notch into one pixel the wrong way round; a desktop sends 40 pixels
        // a notch, negative downwards, which is what is fired here: 30 notches, 50 rows of 24 pixels.
        wheel(robot, visibleRows(robot).get(3), 30, -40);
        List<TableRow<?>> away = visibleRows(robot);
        assertThat(scrollBar(robot).getValue()).isEqualTo(TABLE_65_GROUP_LINE + 50);
        // Flow k = 49 of table 65 is on top now: datapath 50.
        assertThat(texts(robot, away.get(0))).containsExactly("65", "100", "reg15=0x1,metadata=0x32", "output:50");
        assertThat(away).noneMatch(TableRow::isSelected);

        wheel(robot, visibleRows(robot).get(3), 30, 40);
        List<TableRow<?>> back = visibleRows(robot);
        assertThat(scrollBar(robot).getValue()).isEqualTo(TABLE_65_GROUP_LINE);
        assertThat(back.get(1).isSelected()).isTrue();
        assertThat(texts(robot, back.get(1))).containsExactly("65", "100", "reg15=0x1,metadata=0x1", "output:1");
    }

    @Test
    void downAtTheLastVisibleRowMovesToTheNextFlow(FxRobot robot) {
        robot.interact(() -> view.jumpToTable(65));
        List<TableRow<?>> rows = visibleRows(robot);
        int shown = rows.size();
        // Row j under table 65's group line shows its flow k = j - 1: dump index 9 + 10k, datapath 1 + k.
        robot.clickOn(lastOf(rows));
        assertThat(texts(robot, lastOf(rows))).containsExactly("65", "100",
                "reg15=0x1,metadata=0x" + Integer.toHexString(shown - 1), "output:" + (shown - 1));

        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        List<TableRow<?>> moved = visibleRows(robot);
        TableRow<?> next = lastOf(moved);
        assertThat(next.isSelected()).isTrue();
        assertThat(texts(robot, next)).containsExactly("65", "100",
                "reg15=0x1,metadata=0x" + Integer.toHexString(shown), "output:" + shown);
        assertThat(texts(robot, moved.get(0))).containsExactly("65", "100", "reg15=0x1,metadata=0x1", "output:1");
    }

    @Test
    void pageDownMovesTheSelectionAPageOnTheSameLineOfTheScreen(FxRobot robot) {
        robot.interact(() -> view.jumpToTable(65));
        int shown = visibleRows(robot).size();
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        // A page is the rows shown less one: flow k = shown - 1 of table 65 is selected on the second line.
        List<TableRow<?>> rows = visibleRows(robot);
        assertThat(rows.get(1).isSelected()).isTrue();
        assertThat(texts(robot, rows.get(1))).containsExactly("65", "100",
                "reg15=0x1,metadata=0x" + Integer.toHexString(shown), "output:" + shown);
        assertThat(scrollBar(robot).getValue()).isEqualTo(TABLE_65_GROUP_LINE + shown - 1);
    }

    private static void wheel(FxRobot robot, Node over, int notches, double pixels) {
        for (int notch = 0; notch < notches; notch++) {
            robot.interact(() -> Event.fireEvent(over, new ScrollEvent(ScrollEvent.SCROLL, 10, 10, 10, 10, false,
                    false, false, false, false, false, 0, pixels, 0, pixels, ScrollEvent.HorizontalTextScrollUnits.NONE,
                    0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#flow-table").queryAs(TableView.class);
    }

    private static ScrollBar scrollBar(FxRobot robot) {
        return robot.lookup("#flow-scroll-bar").queryAs(ScrollBar.class);
    }

    /** The rows a user sees, top to bottom. */
    private static List<TableRow<?>> visibleRows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#flow-table .table-row-cell").queryAll().stream()
                .<TableRow<?>>mapMulti((node, rows) -> {
                    if (node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty()) {
                        rows.accept(row);
                    }
                })
                .sorted(Comparator.comparingInt(TableRow::getIndex)).toList();
    }

    private static TableRow<?> lastOf(List<TableRow<?>> rows) {
        return rows.get(rows.size() - 1);
    }

    /** Table, priority, match and actions as the row shows them. */
    private static List<String> texts(FxRobot robot, TableRow<?> row) {
        return List.of(cellText(robot, row, 0), cellText(robot, row, 1), cellText(robot, row, 5),
                cellText(robot, row, 6));
    }

    private static TableCell<?, ?> cell(FxRobot robot, TableRow<?> row, int column) {
        Object wanted = table(robot).getColumns().get(column);
        return robot.from(row).lookup(".table-cell").queryAll().stream()
                .<TableCell<?, ?>>mapMulti((node, cells) -> {
                    if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == wanted) {
                        cells.accept(cell);
                    }
                }).findFirst().orElseThrow();
    }

    /** The text a column's cell shows in a row: its own, or that of the visible pieces of its graphic. */
    private static String cellText(FxRobot robot, TableRow<?> row, int column) {
        TableCell<?, ?> cell = cell(robot, row, column);
        if (cell.getText() != null && !cell.getText().isEmpty()) {
            return cell.getText();
        }
        return cell.getGraphic() instanceof Parent pieces ? pieces.getChildrenUnmodifiable().stream()
                .filter(Node::isVisible).map(MillionFlowScrollTest::pieceText).collect(Collectors.joining()) : "";
    }

    private static String pieceText(Node piece) {
        if (piece instanceof Labeled labeled) {
            return labeled.getText();
        }
        return piece instanceof Text text ? text.getText() : "";
    }
}
