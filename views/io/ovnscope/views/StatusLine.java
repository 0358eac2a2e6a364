package io.ovnscope.views;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.views.background.WorkStatus;
import io.ovnscope.views.snapshot.SnapshotStatus;
import java.time.ZoneId;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: what the open snapshot is, the progress of background work, and a link that lists the
 * snapshot's gaps (its tooltip lists them too) so a partial snapshot says so in plain sight.
 */
final class StatusLine implements WorkStatus {
    private final StatusBar bar = new StatusBar();
    private final Hyperlink gaps = new Hyperlink();
    private String snapshotText = "No snapshot open — connect to a node or open a snapshot";

    StatusLine() {
        bar.setId("status");
        bar.setText(snapshotText);
        gaps.setId("status-gaps");
        gaps.setVisible(false);
        gaps.setFocusTraversable(false);
        bar.getRightItems().add(gaps);
    }

    StatusBar view() {
        return bar;
    }

    void show(Snapshot snapshot, Window owner) {
        snapshotText = SnapshotStatus.summary(snapshot, ZoneId.systemDefault());
        bar.setText(snapshotText);
        bar.setProgress(0);
        String list = SnapshotStatus.gapList(snapshot);
        gaps.setText(SnapshotStatus.gapLabel(snapshot));
        gaps.getStyleClass().removeAll("gaps-present");
        if (snapshot.partial()) {
            gaps.getStyleClass().add("gaps-present");
        }
        gaps.setTooltip(new Tooltip(list));
        gaps.setOnAction(e -> {
            Alert dialog = new Alert(Alert.AlertType.INFORMATION, list, ButtonType.CLOSE);
            dialog.initOwner(owner);
            dialog.setTitle("Gaps in this snapshot");
            dialog.setHeaderText(SnapshotStatus.gapLabel(snapshot));
            dialog.getDialogPane().setId("gaps-dialog");
            dialog.show();
        });
        gaps.setVisible(true);
    }

    /** Background work running: its words, and an indeterminate progress bar. */
    @Override
    public void working(String what) {
        bar.setText(what);
        bar.setProgress(-1);
    }

    /** Background work ended: back to the snapshot's line, or the given message when it failed. */
    @Override
    public void done(String message) {
        bar.setProgress(0);
        bar.setText(message == null ? snapshotText : message);
    }
}
