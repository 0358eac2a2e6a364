package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.node.HostKeyQuestion;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.testing.FixtureSnapshots;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Connect…: the form's checks, and a collection's progress, success, failure, cancel and host-key question. */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {
    private static final String FINGERPRINT = "SHA256:3q0gGm0Yy0r3gK1hW9xWm0kq8Yt6l3Qf7xk5bZy2c0E";

    private final WindowDoubles doubles = new WindowDoubles();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage shown) {
        stage = shown;
        window = new MainWindow(WindowDoubles.layouts(), "1.0", doubles.ports());
        window.show(shown);
    }

    @Test
    void aBadPortIsSaidNextToTheFieldAndConnectStaysDisabled(FxRobot robot) {
        openDialog(robot);
        robot.clickOn("#connect-host").write("192.168.122.14");
        robot.clickOn("#connect-user").write("core");
        robot.clickOn("#connect-auth-agent");
        Button connect = robot.lookup("#connect-go").queryButton();
        assertThat(connect.isDisabled()).isFalse();

        robot.interact(() -> field(robot, "#connect-port").setText("99999"));
        Label error = robot.lookup("#connect-port-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The port is a number from 1 to 65535");
        assertThat(connect.isDisabled()).isTrue();

        robot.interact(() -> field(robot, "#connect-port").setText("2222"));
        assertThat(error.isVisible()).isFalse();
        assertThat(connect.isDisabled()).isFalse();
    }

    @Test
    void aKeyFileThatDoesNotExistAndShellSyntaxInAPrefixAreRefused(FxRobot robot) {
        openDialog(robot);
        robot.clickOn("#connect-host").write("node1");
        robot.clickOn("#connect-user").write("core");
        robot.interact(() -> field(robot, "#connect-keyfile").setText("/nonexistent/id_ed25519"));
        assertThat(robot.lookup("#connect-keyfile-error").queryAs(Label.class).getText())
                .isEqualTo("No such file: /nonexistent/id_ed25519");
        robot.clickOn("#connect-auth-agent");
        assertThat(robot.lookup("#connect-go").queryButton().isDisabled()).isFalse();
        robot.interact(() -> field(robot, "#connect-prefix-root").setText("sudo -n; rm -rf /"));
        assertThat(robot.lookup("#connect-prefix-root-error").queryAs(Label.class).getText())
                .contains("is not allowed: expected sudo, sudo -n or nothing");
        assertThat(robot.lookup("#connect-go").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aCollectionShowsEachCommandsProgressThenOpensTheSnapshot(FxRobot robot) throws Exception {
        CountDownLatch checked = new CountDownLatch(1);
        doubles.collector.script.set((request, listener, cancel) -> {
            listener.connecting(request.profile().address());
            listener.planned(List.of("bridges", "northbound/Logical_Switch"));
            listener.finished("bridges", Outcome.COMPLETED);
            listener.planned(List.of("bridges", "northbound/Logical_Switch", "flows/br-int"));
            listener.finished("northbound/Logical_Switch", Outcome.FAILED);
            await(checked);
            listener.finished("flows/br-int", Outcome.COMPLETED);
            return FixtureSnapshots.collected(request.profile().address(), List.of());
        });
        fillAgentLogin(robot);
        robot.clickOn("#connect-go");

        ListView<?> progress = robot.lookup("#connect-progress").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> progress.getItems().size() == 3
                && progress.getItems().get(1).toString().contains("FAILED"));
        assertThat(robot.lookup("#connect-progress-counts").queryAs(Label.class).getText())
                .isEqualTo("2 of 3 commands ended, 1 not complete");
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(javafx.scene.control.ListCell::getText)).contains("bridges — done",
                "northbound/Logical_Switch — failed", "flows/br-int — waiting");
        assertThat(doubles.collector.thread.get()).isNotNull();
        assertThat(doubles.collector.thread.get().getName()).startsWith("ovnscope-work-");
        checked.countDown();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.shown().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("ovnscope — microshift-dev");
        assertThat(robot.lookup("#connect-dialog").tryQuery()).isEmpty();
        ConnectionProfile used = doubles.collector.requests.get(0).profile();
        assertThat(used.address()).isEqualTo("core@192.168.122.14:2222");
        assertThat(used.auth()).isEqualTo(new AuthChoice.Agent());
        assertThat(doubles.profiles.stored).containsExactly(used);
        assertThat(window.shown().orElseThrow().profile()).contains(used);

        // F5 collects the same node again at once, with the same profile.
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> doubles.collector.requests.size() == 2);
        assertThat(doubles.collector.requests.get(1).profile()).isEqualTo(used);
    }

    @Test
    void aConnectFailureIsOneLineInTheDialogAndTheFormStaysForAnotherTry(FxRobot robot) throws Exception {
        String why = "core@192.168.122.14:2222 refused every key offered; check the user and the key file";
        doubles.collector.script.set((request, listener, cancel) -> {
            throw new NodeConnectException(NodeConnectException.Failure.AUTH_REFUSED, why);
        });
        fillAgentLogin(robot);
        robot.clickOn("#connect-go");
        Label message = robot.lookup("#connect-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> why.equals(message.getText()));
        assertThat(message.getStyleClass()).contains("connect-error");
        assertThat(field(robot, "#connect-host").getText()).isEqualTo("192.168.122.14");
        assertThat(field(robot, "#connect-host").isDisabled()).isFalse();
        assertThat(robot.lookup("#connect-go").queryButton().isDisabled()).isFalse();
        assertThat(window.shown()).isEmpty();
    }

    @Test
    void cancelStopsTheCollectionAndOpensNothing(FxRobot robot) throws Exception {
        doubles.collector.script.set((request, listener, cancel) -> {
            CountDownLatch stopped = new CountDownLatch(1);
            cancel.onCancel(stopped::countDown);
            listener.planned(List.of("bridges", "flows/br-int"));
            await(stopped);
            listener.finished("flows/br-int", Outcome.NOT_RUN);
            return FixtureSnapshots.collected(request.profile().address(), List.of());
        });
        fillAgentLogin(robot);
        robot.clickOn("#connect-go");
        Button cancel = robot.lookup("#connect-cancel").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> doubles.collector.token.get() != null);
        assertThat(cancel.getText()).isEqualTo("Cancel");
        robot.clickOn(cancel);
        Label message = robot.lookup("#connect-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().startsWith("Cancelled"));
        assertThat(doubles.collector.token.get().isCancelled()).isTrue();
        assertThat(window.shown()).isEmpty();
        assertThat(cancel.getText()).isEqualTo("Close");
    }

    @Test
    void theWindowAnswersWhileTheCollectorWorks(FxRobot robot) throws Exception {
        doubles.collector.script.set((request, listener, cancel) -> {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!cancel.isCancelled() && System.nanoTime() < until) {
                sleep(20);
            }
            throw new NodeConnectException(NodeConnectException.Failure.OTHER, "cancelled");
        });
        fillAgentLogin(robot);
        robot.clickOn("#connect-go");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> doubles.collector.token.get() != null);
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            assertThat(WaitForAsyncUtils.asyncFx(() -> Platform.isFxApplicationThread()).get(1, TimeUnit.SECONDS))
                    .isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(500);
        }
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> doubles.collector.token.get().isCancelled());
    }

    @Test
    void anAcceptedHostKeyLetsTheCollectionGoOn(FxRobot robot) throws Exception {
        hostKeyScript();
        fillAgentLogin(robot);
        robot.clickOn("#connect-go");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#host-key-dialog").tryQuery().isPresent());
        String header = robot.lookup("#host-key-dialog .header-panel .label").queryLabeled().getText();
        String content = robot.lookup("#host-key-dialog .content").queryLabeled().getText();
        assertThat(header).contains("192.168.122.14:2222");
        assertThat(content).contains("ssh-ed25519", FINGERPRINT, "/home/u/.ssh/known_hosts");
        robot.clickOn("#host-key-accept");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.shown().isPresent());
    }

    @Test
    void enterRefusesAnUnknownHostKeyAndTheDialogSaysSo(FxRobot robot) throws Exception {
        hostKeyScript();
        fillAgentLogin(robot);
        robot.clickOn("#connect-go");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#host-key-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#host-key-refuse").queryButton().isDefaultButton()).isTrue();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Label message = robot.lookup("#connect-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().startsWith("the host key"));
        assertThat(window.shown()).isEmpty();
    }

    @Test
    void aPasswordGoesToTheCollectorAndIsNeitherSavedNorKeptInTheField(FxRobot robot) throws Exception {
        doubles.collector.script.set((request, listener, cancel) ->
                FixtureSnapshots.collected(request.profile().address(), List.of()));
        openDialog(robot);
        robot.clickOn("#connect-host").write("192.168.122.14");
        robot.clickOn("#connect-user").write("core");
        assertThat(robot.lookup("#connect-password").query().isVisible()).isFalse();
        robot.clickOn("#connect-auth-password");
        assertThat(robot.lookup("#connect-password").query().isVisible()).isTrue();
        robot.clickOn("#connect-password").write("s3cret");
        robot.clickOn("#connect-go");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.shown().isPresent());
        assertThat(doubles.collector.passwords).containsExactly("s3cret");
        assertThat(doubles.profiles.stored.get(0).auth()).isEqualTo(new AuthChoice.Password());
        assertThat(doubles.profiles.stored.get(0).toString()).doesNotContain("s3cret");
    }

    @Test
    void savedProfilesAreOfferedMostRecentFirstAndFillTheForm(FxRobot robot) throws Exception {
        ConnectionProfile recent = new ConnectionProfile("lab", "127.0.0.1", 2222, "root", new AuthChoice.Agent(),
                Optional.of("admin@bastion"), Optional.empty(), new ToolPrefixes("sudo -n", "", "", ""), true);
        ConnectionProfile older = SnapshotWindowTest.profile();
        doubles.profiles.stored.addAll(List.of(recent, older));
        openDialog(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "127.0.0.1".equals(field(robot, "#connect-host").getText()));
        @SuppressWarnings("unchecked")
        ComboBox<ConnectionProfile> saved = robot.lookup("#connect-profiles").queryAs(ComboBox.class);
        assertThat(saved.getItems()).containsExactly(recent, older);
        assertThat(field(robot, "#connect-port").getText()).isEqualTo("2222");
        assertThat(field(robot, "#connect-jump").getText()).isEqualTo("admin@bastion");
        assertThat(field(robot, "#connect-prefix-root").getText()).isEqualTo("sudo -n");
        robot.interact(() -> saved.getSelectionModel().select(older));
        assertThat(field(robot, "#connect-host").getText()).isEqualTo("192.168.122.14");
        assertThat(field(robot, "#connect-port").getText()).isEqualTo("22");
    }

    @Test
    void anEncryptedKeysPassphraseIsAskedInAMaskedDialog(FxRobot robot) throws Exception {
        List<String> answers = new CopyOnWriteArrayList<>();
        doubles.collector.script.set((request, listener, cancel) -> {
            char[] first = request.passphrases().passphrase("/home/u/.ssh/id_ed25519", 1);
            answers.add(first == null ? "(gave up)" : new String(first));
            char[] second = request.passphrases().passphrase("/home/u/.ssh/id_ed25519", 2);
            answers.add(second == null ? "(gave up)" : new String(second));
            throw new NodeConnectException(NodeConnectException.Failure.PASSPHRASE,
                    "the passphrase of /home/u/.ssh/id_ed25519 was not given; nothing was collected");
        });
        fillAgentLogin(robot);
        robot.clickOn("#connect-go");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#passphrase-dialog-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#passphrase-dialog-field").queryAs(TextField.class).setText("wrong"));
        robot.clickOn(passphraseButton(robot, ButtonType.OK));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> answers.size() == 1
                && robot.lookup("#passphrase-dialog-field").tryQuery().isPresent());
        assertThat(robot.lookup("#passphrase-dialog .content .label").queryLabeled().getText())
                .isEqualTo("That passphrase was wrong (try 2 of 3).");
        robot.clickOn(passphraseButton(robot, ButtonType.CANCEL));
        Label message = robot.lookup("#connect-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> message.getText().startsWith("the passphrase"));
        assertThat(answers).containsExactly("wrong", "(gave up)");
    }

    @Test
    void refreshingAPasswordLoginAsksForThePasswordBeforeCollecting(FxRobot robot) throws Exception {
        doubles.collector.script.set((request, listener, cancel) ->
                FixtureSnapshots.collected(request.profile().address(), List.of()));
        ConnectionProfile byPassword = new ConnectionProfile("core@192.168.122.14", "192.168.122.14", 22, "core",
                new AuthChoice.Password(), Optional.empty(), Optional.empty(), ToolPrefixes.DISCOVER, true);
        robot.interact(() -> window.open(new ShownSnapshot(
                FixtureSnapshots.collected(byPassword.address(), List.of()), Optional.of(byPassword))));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#connect-message").queryAs(Label.class).getText())
                .isEqualTo("Type the password for core@192.168.122.14 to collect it again.");
        assertThat(doubles.collector.requests).isEmpty();
        robot.interact(() -> robot.lookup("#connect-password").queryAs(TextField.class).setText("again"));
        robot.clickOn("#connect-go");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> doubles.collector.requests.size() == 1);
        assertThat(doubles.collector.passwords).containsExactly("again");
        assertThat(doubles.collector.requests.get(0).profile()).isEqualTo(byPassword);
    }

    private static javafx.scene.Node passphraseButton(FxRobot robot, ButtonType type) {
        return robot.lookup("#passphrase-dialog").queryAs(DialogPane.class).lookupButton(type);
    }

    private void hostKeyScript() {
        doubles.collector.script.set((request, listener, cancel) -> {
            boolean accepted = request.hostKeys().accept(new HostKeyQuestion("192.168.122.14", 2222, "ssh-ed25519",
                    FINGERPRINT, "/home/u/.ssh/known_hosts", ""));
            if (!accepted) {
                throw new NodeConnectException(NodeConnectException.Failure.HOST_KEY_UNKNOWN,
                        "the host key of 192.168.122.14:2222 was refused; nothing was collected");
            }
            return FixtureSnapshots.collected(request.profile().address(), List.of());
        });
    }

    private void openDialog(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#connect-dialog").tryQuery()).isPresent();
    }

    /** Fills the form in one go (typing is tried in the validation tests; here it would only cost time). */
    private void fillAgentLogin(FxRobot robot) {
        openDialog(robot);
        robot.interact(() -> {
            field(robot, "#connect-host").setText("192.168.122.14");
            field(robot, "#connect-port").setText("2222");
            field(robot, "#connect-user").setText("core");
        });
        robot.clickOn("#connect-auth-agent");
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
