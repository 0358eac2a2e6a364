package io.ovnscope.views.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.testing.OvnFlowDumpGenerator;
import io.ovnscope.views.background.Background;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * A dump large enough to be listed off the FX thread (100,000 generated OVN flows): the table says it is
 * listing, then shows every flow; a filter and a jump asked for meanwhile take effect once the listing is
 * ready.
 */
@ExtendWith(ApplicationExtension.class)
class LargeFlowTableTest {
    private static final List<Flow> FLOWS =
            new FlowDumpParser().read(new OvnFlowDumpGenerator(7).dump(100_000)).flows();
    private FlowTableView view;

    @Start
    void start(Stage stage) {
        view = new FlowTableView(new Background());
        FlowTableStage.show(stage, view, 1100, 500);
    }

    @Test
    void aLargeDumpIsListedInTheBackgroundAndAJumpWaitsForIt(FxRobot robot) throws Exception {
        Label count = robot.lookup("#flow-count").queryAs(Label.class);
        int firstTable = FLOWS.stream().mapToInt(Flow::table).filter(table -> table > 0).min().orElseThrow();
        robot.interact(() -> {
            view.show("br-int", FLOWS);
            assertThat(count.getText()).isEqualTo("listing 100,000 flows…");
            view.jumpToTable(firstTable);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> count.getText().equals("100,000 flows"));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#flow-table").queryAs(TableView.class);
        assertThat(view.listing().flow((Integer) table.getSelectionModel().getSelectedItem()).table()).isEqualTo(firstTable);

        long kept = FLOWS.stream().filter(flow -> flow.table() == firstTable).count();
        TextField field = robot.lookup("#flow-filter").queryAs(TextField.class);
        robot.interact(() -> field.setText("table=" + firstTable));
        robot.clickOn(field).press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> count.getText().equals(String.format("%,d of 100,000 flows", kept)));
    }
}
