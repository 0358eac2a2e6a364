package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.FixtureSnapshots;
import io.ovnscope.views.snapshot.NavEntry;
import io.ovnscope.views.snapshot.PropertyRow;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Cross-links under the details: the dns-default UDP load balancer is on switch microshift-dev and router GR. */
@ExtendWith(ApplicationExtension.class)
class DetailsLinksTest {
    private MainWindow window;

    @Start
    void start(Stage shown) {
        window = new MainWindow(WindowDoubles.layouts(), "1.0", new WindowDoubles().ports());
        window.show(shown);
        window.open(new ShownSnapshot(FixtureSnapshots.demo(), Optional.empty()));
    }

    @Test
    void aLoadBalancerLinksToItsSwitchAndRouterAndALinkShowsThem(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<NavEntry> tree = robot.lookup("#navigator").queryAs(TreeView.class);
        TreeItem<NavEntry> dns = tree.getRoot().getChildren().stream()
                .filter(c -> c.getValue().label().startsWith("Load balancers")).findFirst().orElseThrow()
                .getChildren().stream().filter(c -> c.getValue().label().startsWith(
                        "Service_openshift-dns/dns-default_UDP_node_router+switch_microshift-dev"))
                .findFirst().orElseThrow();
        robot.interact(() -> tree.getSelectionModel().select(dns));
        List<Hyperlink> links = robot.lookup("#details-links .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
        assertThat(links).extracting(Hyperlink::getText)
                .containsExactly("on switch: microshift-dev", "on router: GR_microshift-dev");

        robot.clickOn(links.get(1));
        assertThat(DetailsRows.of(robot)).contains(new PropertyRow("name", "GR_microshift-dev"));
    }
}
