package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.views.snapshot.NavEntry;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.util.Optional;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
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
 * The demo's nat table (iptables-save -t nat of the lab): PREROUTING (1 rule), INPUT, OUTPUT (1), POSTROUTING
 * (2), OVN-KUBE-NODEPORT (1), OVN-KUBE-SNAT-MGMTPORT (1): 6 headings and 6 rules; PREROUTING and OUTPUT jump
 * to OVN-KUBE-NODEPORT, the eighth row's heading.
 */
@ExtendWith(ApplicationExtension.class)
class IptablesWindowTest {
    private MainWindow window;

    @Start
    void start(Stage shown) {
        window = new MainWindow(WindowDoubles.layouts(), "1.0", new WindowDoubles().ports());
        window.show(shown);
        window.open(new ShownSnapshot(DemoSnapshot.load(), Optional.empty()));
    }

    @Test
    void theNatTableOpensWithItsChainsAndAJumpIsALink(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<NavEntry> tree = robot.lookup("#navigator").queryAs(TreeView.class);
        TreeItem<NavEntry> group = tree.getRoot().getChildren().stream()
                .filter(c -> c.getValue().label().startsWith("iptables chains")).findFirst().orElseThrow();
        TreeItem<NavEntry> nat = group.getChildren().stream()
                .filter(c -> c.getValue().label().startsWith("nat table")).findFirst().orElseThrow();
        robot.interact(() -> {
            group.setExpanded(true);
            tree.getSelectionModel().select(nat);
            tree.requestFocus();
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> rows = robot.lookup("#iptables-rows").queryAs(TableView.class);
        assertThat(rows.getItems()).hasSize(12);
        Hyperlink jump = robot.lookup(".iptables-jump").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().equals("OVN-KUBE-NODEPORT")).findFirst().orElseThrow();
        robot.clickOn(jump);
        assertThat(rows.getSelectionModel().getSelectedIndex()).isEqualTo(8);
    }
}
