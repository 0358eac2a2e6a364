package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.nodeport.NodePortCommand;
import io.ovnscope.core.nodeport.Refusal;
import io.ovnscope.core.nodeport.Verification;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.connect.ProfileHistory;
import io.ovnscope.views.nodeport.NodePortDialog;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** NodePort flows…: the parameters checked as typed, the preview, the confirmation, the write and the log. */
@ExtendWith(ApplicationExtension.class)
class NodePortDialogTest {
    private final WindowDoubles doubles = new WindowDoubles();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final AtomicBoolean yes = new AtomicBoolean(true);
    private final ConnectionProfile node1 = new ConnectionProfile("node1", "node1", 22, "core",
            new AuthChoice.Agent(), Optional.empty(), Optional.empty(), ToolPrefixes.DISCOVER, false);
    private Stage stage;

    @Start
    void start(Stage shown) {
        stage = shown;
        doubles.profiles.stored.add(node1);
        MainWindow window = new MainWindow(WindowDoubles.layouts(), "1.0", doubles.ports());
        window.show(shown);
    }

    private void openDialog(FxRobot robot) {
        robot.interact(() -> new NodePortDialog(stage, doubles.nodePorts, new ProfileHistory(doubles.profiles),
                new Background(), (question, details) -> {
                    asked.add(question + "\n" + details);
                    return yes.get();
                }).open(Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void settle(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(id).queryButton().isDisabled()
                || robot.lookup("#nodeport-message").queryAs(Label.class).getText().startsWith("Refused"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String output(FxRobot robot) {
        return robot.lookup("#nodeport-output").queryAs(TextArea.class).getText();
    }

    @Test
    void theSeedsValuesAreFilledInAndTheMissingGatewayIsSaid(FxRobot robot) {
        openDialog(robot);
        Label errors = robot.lookup("#nodeport-errors").queryAs(Label.class);
        assertThat(errors.getText()).isEqualTo("gw-ip: an IPv4 address is needed");
        assertThat(robot.lookup("#nodeport-preview").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#nodeport-node-ip").queryAs(TextField.class).getText()).isEqualTo("10.176.25.244");

        robot.interact(() -> robot.lookup("#nodeport-gw-ip").queryAs(TextField.class).setText("10.176.25.1"));
        assertThat(errors.isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#nodeport-plan").queryButton().fire());
        assertThat(output(robot).lines()).hasSize(20)
                .first().isEqualTo("table=5, cookie=0x520,priority=210,reg0=0x4/0xffff,ip,nw_dst=10.176.25.244,tcp,"
                        + "tp_dst=31736 actions=resubmit(,6)");

        robot.interact(() -> robot.lookup("#nodeport-tables").queryAs(TextField.class).setText("DnatTable=7"));
        assertThat(errors.getText()).isEqualTo(
                "table DnatTable: is 7, the same as NodePortFilterTable2; each table needs its own number");
        assertThat(robot.lookup("#nodeport-plan").queryButton().isDisabled()).isTrue();
    }

    @Test
    void previewThenApplyAsksWithTheExactCommandsWritesAndLogs(FxRobot robot) throws Exception {
        openDialog(robot);
        robot.interact(() -> robot.lookup("#nodeport-gw-ip").queryAs(TextField.class).setText("10.176.25.1"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#nodeport-profile").queryAs(ComboBox.class).getValue() != null);
        Button apply = robot.lookup("#nodeport-apply").queryButton();
        assertThat(apply.isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#nodeport-preview").queryButton().fire());
        settle(robot, "#nodeport-apply");
        assertThat(doubles.nodePorts.opened).containsExactly("core@node1 br-int");
        assertThat(output(robot)).contains("ovs-ofctl -O OpenFlow15 --bundle add-flows br-int",
                "+ table=6, cookie=0x520,priority=190 actions=resubmit(,12)");

        robot.interact(apply::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !doubles.nodePorts.applied.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).singleElement().asString()
                .startsWith("Install the NodePort flow set (20 flows, cookie 0x520, NodePorts [31736]) on core@node1 br-int?")
                .contains("ovs-ofctl -O OpenFlow15 --bundle add-flows br-int");
        assertThat(doubles.nodePorts.applied).singleElement().isInstanceOf(NodePortCommand.Install.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> output(robot).startsWith("AS_PLANNED: as planned"));
        assertThat(apply.isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#nodeport-log").queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> output(robot).contains("core@node1 br-int: AS_PLANNED"));
    }

    @Test
    void aRefusedPreviewSaysWhyAndCannotBeApplied(FxRobot robot) throws Exception {
        doubles.nodePorts.refusal.set(new Refusal("the profile node1 is read-only", List.of()));
        openDialog(robot);
        robot.interact(() -> robot.lookup("#nodeport-gw-ip").queryAs(TextField.class).setText("10.176.25.1"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#nodeport-profile").queryAs(ComboBox.class).getValue() != null);
        robot.interact(() -> robot.lookup("#nodeport-preview").queryButton().fire());
        settle(robot, "#nodeport-apply");
        assertThat(output(robot)).contains("REFUSED: the profile node1 is read-only");
        assertThat(robot.lookup("#nodeport-apply").queryButton().isDisabled()).isTrue();
        assertThat(doubles.nodePorts.applied).isEmpty();
    }

    @Test
    void sayingNoWritesNothing(FxRobot robot) throws Exception {
        yes.set(false);
        openDialog(robot);
        robot.interact(() -> robot.lookup("#nodeport-gw-ip").queryAs(TextField.class).setText("10.176.25.1"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#nodeport-profile").queryAs(ComboBox.class).getValue() != null);
        robot.interact(() -> robot.lookup("#nodeport-preview").queryButton().fire());
        settle(robot, "#nodeport-apply");
        robot.interact(() -> robot.lookup("#nodeport-apply").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).hasSize(1);
        assertThat(doubles.nodePorts.applied).isEmpty();
        assertThat(robot.lookup("#nodeport-message").queryAs(Label.class).getText()).isEqualTo("Not applied.");
    }

    @Test
    void aWriteWhoseConnectionWentIsCheckedOnANewOne(FxRobot robot) throws Exception {
        doubles.nodePorts.outcome.set(Verification.State.UNKNOWN);
        openDialog(robot);
        robot.interact(() -> robot.lookup("#nodeport-gw-ip").queryAs(TextField.class).setText("10.176.25.1"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#nodeport-profile").queryAs(ComboBox.class).getValue() != null);
        robot.interact(() -> robot.lookup("#nodeport-preview").queryButton().fire());
        settle(robot, "#nodeport-apply");
        robot.interact(() -> robot.lookup("#nodeport-apply").queryButton().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> output(robot).startsWith("after connecting again: UNKNOWN: checked"));
        // One connection for the preview and the write, a second one for the check.
        assertThat(doubles.nodePorts.opened).hasSize(2);
    }

    @Test
    void theToolsMenuOpensTheDialog(FxRobot robot) {
        MenuBar bar = robot.lookup("#menubar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-nodePort".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("NodePort flows…");
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nodeport-dialog").tryQuery()).isPresent();
        robot.interact(() -> robot.lookup("#nodeport-dialog").query().getScene().getWindow().hide());
    }
}
