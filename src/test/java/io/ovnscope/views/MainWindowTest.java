package io.ovnscope.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.views.layout.WindowLayout;
import io.ovnscope.views.layout.WindowLayoutStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final RememberingStore layouts = new RememberingStore(
            new WindowLayout(40, 30, 1100, 700, false, List.of(0.25, 0.75, 0.6)));
    private Stage stage;

    @Start
    void start(Stage window) {
        this.stage = window;
        new MainWindow(layouts, "9.8.7", new WindowDoubles().ports()).show(window);
    }

    @Test
    void theWindowIsTitledOvnscopeAndOpensWhereTheUserLeftIt(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("ovnscope");
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(700);
        SplitPane sides = robot.lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                .filter(p -> p.getItems().size() == 3).findFirst().orElseThrow();
        assertThat(sides.getDividerPositions()[0]).isCloseTo(0.25, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void theToolbarOffersTheFiveActionsAnEngineerExpects(FxRobot robot) {
        ToolBar toolbar = robot.lookup("#toolbar").queryAs(ToolBar.class);
        List<String> texts = toolbar.getItems().stream()
                .filter(Button.class::isInstance).map(n -> ((Labeled) n).getText()).toList();
        assertThat(texts).containsExactlyInAnyOrder(
                "Connect…", "Open snapshot…", "Save snapshot…", "Export SVG…", "Refresh");
    }

    @Test
    void actionsThatNeedLaterWorkAreDisabledAndSayWhy(FxRobot robot) {
        Button save = robot.lookup("#save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(save.getTooltip().getText()).contains("needs an open snapshot");
    }

    @Test
    void thePanesAreAllThere(FxRobot robot) {
        assertThat(robot.lookup("#navigator").queryAs(TreeView.class).getRoot().getChildren())
                .extracting(item -> ((javafx.scene.control.TreeItem<?>) item).getValue().toString())
                .containsExactly("OVN switches", "OVN routers", "Load balancers", "OpenFlow bridges",
                        "iptables chains");
        assertThat(robot.lookup("#topology").tryQuery()).isPresent();
        assertThat(robot.lookup("#trace").tryQuery()).isPresent();
        assertThat(robot.lookup("#details").tryQuery()).isPresent();
        assertThat(robot.lookup("#status").tryQuery()).isPresent();
    }

    @Test
    void closingTheWindowRemembersItsSizeAndSplits(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(900);
            stage.setHeight(640);
            stage.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WindowLayout saved = layouts.saved.get();
        assertThat(saved).isNotNull();
        assertThat(saved.width()).isEqualTo(900);
        assertThat(saved.height()).isEqualTo(640);
        assertThat(saved.dividers()).hasSize(3);
    }

    @Test
    void helpAboutShowsTheVersion(FxRobot robot) {
        robot.clickOn("Help").clickOn("About ovnscope");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("ovnscope 9.8.7");
        robot.clickOn("Close");
    }

    private static final class RememberingStore implements WindowLayoutStore {
        private final WindowLayout initial;
        private final AtomicReference<WindowLayout> saved = new AtomicReference<>();

        RememberingStore(WindowLayout initial) {
            this.initial = initial;
        }

        @Override
        public WindowLayout load() {
            return initial;
        }

        @Override
        public void save(WindowLayout layout) {
            saved.set(layout);
        }
    }
}
