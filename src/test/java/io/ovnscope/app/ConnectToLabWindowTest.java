package io.ovnscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.app.settings.PropertiesRememberedValues;
import io.ovnscope.app.settings.PropertiesWindowLayoutStore;
import io.ovnscope.collectors.catalog.CommandCatalog;
import io.ovnscope.collectors.collect.ProfileConnector;
import io.ovnscope.collectors.collect.SshSnapshotCollector;
import io.ovnscope.collectors.nodeport.FileAuditLog;
import io.ovnscope.collectors.nodeport.SshNodePortAccess;
import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.profiles.JsonProfileStore;
import io.ovnscope.collectors.snapshot.SnapshotAssembler;
import io.ovnscope.collectors.snapshot.SnapshotFiles;
import io.ovnscope.collectors.ssh.SshConnector;
import io.ovnscope.core.snapshot.SnapshotSource;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import io.ovnscope.views.MainWindow;
import io.ovnscope.views.WindowPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole way a user goes, with every real part: Connect… in the window, the lab's real sshd, its unknown
 * host key accepted in the dialog, the real collector, and the seed's node open in the window.
 */
@ExtendWith({Lab.class, ApplicationExtension.class})
class ConnectToLabWindowTest {
    @TempDir
    static Path home;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage shown) {
        SnapshotAssembler assembler = new SnapshotAssembler(OutputKinds.all());
        WindowPorts ports = WindowPorts.of(new FileSnapshotDocuments(new SnapshotFiles(assembler)),
                new SshSnapshotCollector(new SshConnector(), CommandCatalog.builtIn(), assembler, Clock.systemUTC()),
                new JsonProfileStore(home.resolve("profiles.json")),
                new PropertiesRememberedValues(home.resolve("settings.properties")), Wiring.traceDocuments(),
                new SshNodePortAccess(new ProfileConnector(new SshConnector()),
                        new FileAuditLog(home.resolve("nodeport-audit.jsonl")), Clock.systemUTC()));
        stage = shown;
        window = new MainWindow(new PropertiesWindowLayoutStore(home.resolve("window.properties")), "test", ports);
        window.show(shown);
    }

    @Test
    void connectingToTheLabOpensItsSnapshotAndRemembersTheProfile(FxRobot robot, LabNode lab) throws Exception {
        Path knownHosts = home.resolve("known_hosts");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#connect-auth-key");
        robot.interact(() -> {
            text(robot, "#connect-host").setText(lab.host());
            text(robot, "#connect-port").setText(Integer.toString(lab.port()));
            text(robot, "#connect-user").setText("root");
            text(robot, "#connect-keyfile").setText(lab.userKey().toString());
            text(robot, "#connect-knownhosts").setText(knownHosts.toString());
        });
        robot.clickOn("#connect-go");

        // The lab's key is unknown to this known_hosts: the dialog asks, the user accepts.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#host-key-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#host-key-dialog .content").queryLabeled().getText()).contains("ssh-ed25519", "SHA256:");
        robot.clickOn("#host-key-accept");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.shown().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        var shown = window.shown().orElseThrow().snapshot();
        assertThat(shown.source().origin()).isEqualTo(SnapshotSource.Origin.SSH);
        assertThat(stage.getTitle()).startsWith("ovnscope — microshift-dev");
        assertThat(shown.node().northbound().routers()).hasSize(2);
        assertThat(Files.readString(knownHosts)).contains("[127.0.0.1]:" + lab.port());
        assertThat(new JsonProfileStore(home.resolve("profiles.json")).load())
                .singleElement().satisfies(p -> assertThat(p.address()).isEqualTo("root@127.0.0.1:" + lab.port()));
    }

    private static TextField text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }
}
