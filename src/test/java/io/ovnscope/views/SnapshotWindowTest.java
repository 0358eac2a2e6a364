package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.parse.Problem;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.FixtureSnapshots;
import io.ovnscope.views.snapshot.NavEntry;
import io.ovnscope.views.snapshot.PropertyRow;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window with a real snapshot of the seed's node open: title, navigator, details, status, files. */
@ExtendWith(ApplicationExtension.class)
class SnapshotWindowTest {
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
    void theDemoOpensAtStartAndTheTitleSaysDemo(FxRobot robot) throws Exception {
        doubles.documents.demo.set(FixtureSnapshots.demo());
        robot.interact(window::openDemo);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.shown().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("ovnscope — microshift-dev (demo)");
        assertThat(robot.lookup("#refresh").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#refresh").queryButton().getTooltip().getText())
                .contains("the demo was not collected from a node");
        assertThat(robot.lookup("#save").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aDemoThatCannotBeReadLeavesTheEmptyWindowWithTheReason(FxRobot robot) throws Exception {
        robot.interact(window::openDemo);
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().contains("could not be opened"));
        assertThat(status.getText()).isEqualTo(
                "The demo snapshot could not be opened (no demo in this test) — connect to a node or open a snapshot");
        assertThat(stage.getTitle()).isEqualTo("ovnscope");
    }

    @Test
    void theNavigatorListsTheSeedsSwitchesRoutersAndTheirCounts(FxRobot robot) {
        open(robot, FixtureSnapshots.demo());
        TreeItem<NavEntry> root = tree(robot).getRoot();
        assertThat(root.getValue().label()).isEqualTo("microshift-dev");
        assertThat(labels(root)).containsExactly("OVN switches (3)", "OVN routers (2)", "Load balancers (5)",
                "OpenFlow bridges (1)", "iptables chains (6)", "Collection (11 outputs, 0 problems, 0 gaps)");
        // ovn-nbctl show of the lab: join has 2 ports, microshift-dev 5 (3 pods, the management port and
        // the router port), ext_microshift-dev 2.
        assertThat(labels(child(root, "OVN switches"))).containsExactlyInAnyOrder(
                "ext_microshift-dev · 2 ports", "join · 2 ports", "microshift-dev · 5 ports");
        assertThat(labels(child(root, "OVN routers"))).containsExactlyInAnyOrder(
                "GR_microshift-dev · 2 ports, 3 routes, 0 policies, 1 NAT",
                "ovn_cluster_router · 2 ports, 1 route, 1 policy, 0 NAT");
        TreeItem<NavEntry> node = child(child(root, "OVN switches"), "microshift-dev");
        assertThat(labels(node)).contains("default_pod-1  10.42.0.12", "stor-microshift-dev (router)",
                "k8s-microshift-dev  10.42.0.2");
        TreeItem<NavEntry> gateway = child(child(root, "OVN routers"), "GR_microshift-dev");
        assertThat(labels(child(gateway, "NAT"))).containsExactly("snat 10.42.0.0/16 → 192.168.122.14");
        assertThat(labels(child(gateway, "Static routes"))).contains("0.0.0.0/0 via 192.168.122.1 on rtoe-GR_microshift-dev");
        TreeItem<NavEntry> cluster = child(child(root, "OVN routers"), "ovn_cluster_router");
        assertThat(labels(child(cluster, "Policies"))).containsExactly(
                "1004 reroute 10.42.0.2  inport == \"rtos-microshift-dev\" && ip4.dst == 192.168.122.14");
        // br-int's dump: 26 flows over tables 0, 5, 6, 7, 8, 9, 11, 12, 20, 21, 31, 110; table 8 has 4, 11 has 5.
        TreeItem<NavEntry> bridge = child(child(root, "OpenFlow bridges"), "br-int");
        assertThat(bridge.getValue().label()).isEqualTo("br-int · 26 flows in 12 tables");
        assertThat(labels(bridge)).contains("table 8 · 4 flows", "table 11 · 5 flows", "table 110 · 1 flow");
        // nbctl-list-Logical_Switch.txt / Logical_Router.txt: 4 load balancers on the node switch and on GR.
        assertThat(labels(node)).contains("Load balancers (4)");
        assertThat(labels(gateway)).contains("Load balancers (4)");
        TreeItem<NavEntry> nat = child(child(root, "iptables chains"), "nat table");
        assertThat(nat.getValue().label()).isEqualTo("nat table · 6 chains, 6 rules");
        assertThat(labels(nat)).contains("POSTROUTING · 2 rules (policy ACCEPT)", "OVN-KUBE-NODEPORT · 1 rule");
    }

    @Test
    void anOutputWithProblemsIsNamedInTheNavigatorAndTheStatusBar(FxRobot robot) {
        Snapshot clean = FixtureSnapshots.demo();
        List<CapturedOutput> outputs = new ArrayList<>(clean.outputs());
        CapturedOutput nat = clean.output("iptables/nat").orElseThrow();
        outputs.set(outputs.indexOf(nat), new CapturedOutput(nat.item(), nat.command(),
                nat.kind(), nat.outcome(), nat.exitCode(), nat.duration(), nat.stdout() + "-A BROKEN\n",
                nat.stderr(), List.of(new Problem(17, "-A BROKEN",
                "a rule with no target"))));
        open(robot, new Snapshot(clean.formatVersion(), clean.source(), outputs, clean.gaps(), clean.node()));
        TreeItem<NavEntry> collection = child(tree(robot).getRoot(), "Collection");
        assertThat(collection.getValue().label()).isEqualTo("Collection (11 outputs, 1 problem, 0 gaps)");
        assertThat(collection.isExpanded()).isTrue();
        assertThat(labels(child(collection, "Outputs"))).contains("iptables/nat — 1 problem");
        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText()).endsWith(" · 1 problem");
    }

    @Test
    void selectingALoadBalancerShowsItsVipsInTheDetails(FxRobot robot) {
        open(robot, FixtureSnapshots.demo());
        TreeItem<NavEntry> lbs = child(tree(robot).getRoot(), "Load balancers");
        TreeItem<NavEntry> dns = child(lbs, "Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev");
        assertThat(dns.getValue().label()).endsWith(" · 2 VIPs");
        robot.interact(() -> tree(robot).getSelectionModel().select(dns));
        List<PropertyRow> rows = DetailsRows.of(robot);
        assertThat(rows).contains(
                new PropertyRow("vips #1", "10.43.0.10:53 → 10.42.0.7:5353"),
                new PropertyRow("vips #2", "10.43.0.10:9154 → 10.42.0.7:9154"),
                new PropertyRow("name", "Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev"));
        assertThat(rows).anySatisfy(r -> assertThat(r.name()).startsWith("external ids: "));
    }

    @Test
    void selectingAFlowTableListsItsFlowsHighestPriorityFirst(FxRobot robot) {
        open(robot, FixtureSnapshots.demo());
        TreeItem<NavEntry> table8 = child(child(child(tree(robot).getRoot(), "OpenFlow bridges"), "br-int"),
                "table 8 ");
        robot.interact(() -> tree(robot).getSelectionModel().select(table8));
        List<PropertyRow> rows = DetailsRows.of(robot);
        // Table 8 of the dump: priorities 200, 190, 190 and 0 (the drop).
        assertThat(rows).contains(new PropertyRow("flow count", "4"), new PropertyRow("highest priority", "200"),
                new PropertyRow("lowest priority", "0"));
        assertThat(rows).filteredOn(r -> r.name().startsWith("flows #")).extracting(PropertyRow::value)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("table=8,cookie=0x520,priority=200,")
                                .contains("actions=output:2"),
                        second -> assertThat(second).contains("priority=190,"),
                        third -> assertThat(third).contains("priority=190,"),
                        last -> assertThat(last).contains("priority=0").contains("actions=drop"));
    }

    @Test
    void theNodesLineSumsUpTheSnapshot(FxRobot robot) {
        open(robot, FixtureSnapshots.demo());
        robot.interact(() -> tree(robot).getSelectionModel().select(tree(robot).getRoot()));
        assertThat(DetailsRows.of(robot)).contains(new PropertyRow("origin", "DEMO"),
                new PropertyRow("switches", "3"), new PropertyRow("routers", "2"),
                new PropertyRow("load balancers", "5"), new PropertyRow("iptables rules", "6"),
                new PropertyRow("gaps", "0"));
    }

    @Test
    void aPartialSnapshotSaysSoInTheTitleTheStatusBarAndTheNavigator(FxRobot robot) {
        Snapshot partial = FixtureSnapshots.collected("core@192.168.122.14", List.of(
                new Gap("flows/br-ex", "timed out after 20 s; the rest of the snapshot stands")));
        open(robot, partial);
        assertThat(stage.getTitle()).isEqualTo("ovnscope — microshift-dev (partial)");
        Hyperlink gaps = robot.lookup("#status-gaps").queryAs(Hyperlink.class);
        assertThat(gaps.getText()).isEqualTo("1 gap");
        assertThat(gaps.getTooltip().getText()).contains("flows/br-ex: timed out after 20 s");
        assertThat(robot.lookup("#status").queryAs(StatusBar.class).getText())
                .startsWith("Collected over SSH from core@192.168.122.14 · taken ")
                .endsWith(" · 12 outputs · 0 problems");
        TreeItem<NavEntry> collection = child(tree(robot).getRoot(), "Collection");
        assertThat(collection.isExpanded()).isTrue();
        assertThat(labels(child(collection, "Gaps"))).containsExactly(
                "flows/br-ex: timed out after 20 s; the rest of the snapshot stands");
        assertThat(labels(child(collection, "Outputs"))).contains("flows/br-ex — timed out");
        robot.clickOn(gaps);
        assertThat(robot.lookup("#gaps-dialog .content").queryLabeled().getText())
                .contains("flows/br-ex: timed out after 20 s");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void ctrlOOpensTheChosenFileAndRemembersItsFolder(FxRobot robot) throws Exception {
        Path file = Path.of("/tmp/snapshots/microshift.json.gz");
        doubles.documents.files.put(file, FixtureSnapshots.collected("core@192.168.122.14", List.of()));
        doubles.profiles.stored.add(profile());
        doubles.picker.answers.add(file);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.shown().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("ovnscope — microshift-dev");
        assertThat(doubles.remembered.values).containsEntry("snapshots.lastFolder", "/tmp/snapshots");
        // A snapshot from SSH whose profile is saved can be collected again.
        assertThat(window.shown().orElseThrow().profile()).contains(profile());
        assertThat(robot.lookup("#refresh").queryButton().isDisabled()).isFalse();

        doubles.picker.answers.add(Path.of("/tmp/snapshots/again.json"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !doubles.documents.saved.isEmpty());
        assertThat(doubles.documents.saved).containsExactly(Path.of("/tmp/snapshots/again.json"));
        assertThat(doubles.picker.startedIn.get(1)).contains(Path.of("/tmp/snapshots"));
        assertThat(doubles.picker.suggested).containsExactly("microshift-dev-20261122-1718.json.gz");
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().startsWith("Saved "));
    }

    @Test
    void aFileThatCannotBeOpenedSaysWhyInOneLine(FxRobot robot) throws Exception {
        doubles.picker.answers.add(Path.of("/tmp/notes.json"));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#file-error").tryQuery().isPresent());
        assertThat(robot.lookup("#file-error .content").queryLabeled().getText())
                .isEqualTo("notes.json is not an ovnscope snapshot (no formatVersion)");
        assertThat(window.shown()).isEmpty();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }

    @Test
    void aSnapshotWithoutAKnownProfileCannotBeRefreshedAndSaysWhy(FxRobot robot) {
        open(robot, FixtureSnapshots.collected("core@10.0.0.9", List.of()));
        Button refresh = robot.lookup("#refresh").queryButton();
        assertThat(refresh.isDisabled()).isTrue();
        assertThat(refresh.getTooltip().getText()).endsWith("no saved profile reaches core@10.0.0.9; use Connect…");
    }

    static ConnectionProfile profile() {
        return new ConnectionProfile("core@192.168.122.14", "192.168.122.14", 22, "core", new AuthChoice.Agent(),
                Optional.empty(), Optional.empty(), ToolPrefixes.DISCOVER, true);
    }

    private void open(FxRobot robot, Snapshot snapshot) {
        robot.interact(() -> window.open(new ShownSnapshot(snapshot, Optional.empty())));
    }

    @SuppressWarnings("unchecked")
    private static TreeView<NavEntry> tree(FxRobot robot) {
        return robot.lookup("#navigator").queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> labels(TreeItem<NavEntry> item) {
        return item.getChildren().stream().map(c -> c.getValue().label()).toList();
    }

    private static TreeItem<NavEntry> child(TreeItem<NavEntry> item, String labelStart) {
        return item.getChildren().stream().filter(c -> c.getValue().label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + labelStart + "' under " + item.getValue().label()
                        + ": " + labels(item)));
    }
}
