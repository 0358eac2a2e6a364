package io.ovnscope.views.connect;

import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector;
import io.ovnscope.core.collect.SnapshotCollector.CollectRequest;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.background.OneLine;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connect…: pick a saved profile or fill the form, then collect the node in the background with the progress
 * of each command, a Cancel that stops it, and the host-key and passphrase questions as dialogs. A failure
 * leaves the form as it was with one line saying what to do; success closes the dialog and opens the snapshot.
 */
public final class ConnectDialog {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectDialog.class);

    private final SnapshotCollector collector;
    private final ProfileHistory profiles;
    private final Background background;
    private final Consumer<ShownSnapshot> show;
    private final Stage stage = new Stage();
    private final ConnectForm form = new ConnectForm();
    private final ComboBox<ConnectionProfile> saved = new ComboBox<>();
    private final ProgressList progress = new ProgressList();
    private final Label message = new Label();
    private final Button connect = new Button("Connect");
    private final Button cancel = new Button("Close");
    private CancelToken running;

    public ConnectDialog(Window owner, SnapshotCollector collector, ProfileHistory profiles, Background background,
                         Consumer<ShownSnapshot> show) {
        this.collector = Objects.requireNonNull(collector);
        this.profiles = Objects.requireNonNull(profiles);
        this.background = Objects.requireNonNull(background);
        this.show = Objects.requireNonNull(show);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Connect to a node");
        stage.setScene(scene(owner));
        stage.setOnShown(e -> stage.sizeToScene());
        stage.setOnCloseRequest(e -> {
            if (running != null) {
                e.consume();
                cancelRun();
            }
        });
    }

    /** Opens the dialog on the most recent profile (if any), for the user to check and connect. */
    public void open() {
        stage.show();
        loadProfiles(Optional.empty());
    }

    /** Refresh: the same profile again, at once unless a password must be typed first. */
    public void refresh(ConnectionProfile profile) {
        stage.show();
        loadProfiles(Optional.of(profile));
        form.fill(profile);
        if (!form.validProperty().get()) {
            say("This profile no longer checks out: correct the fields marked in red, then Connect.", true);
        } else if (form.needsPassword()) {
            say("Type the password for " + profile.address() + " to collect it again.", false);
            form.focusFirstEmpty();
        } else {
            start();
        }
    }

    Stage stage() {
        return stage;
    }

    private Scene scene(Window owner) {
        saved.setId("connect-profiles");
        saved.setPromptText("Saved profiles, most recent first");
        saved.setMaxWidth(Double.MAX_VALUE);
        saved.setCellFactory(list -> new ProfileCell());
        saved.setButtonCell(new ProfileCell());
        saved.valueProperty().addListener((seen, before, chosen) -> {
            if (chosen != null && running == null) {
                form.fill(chosen);
            }
        });
        Label savedLabel = new Label("Profile");
        savedLabel.getStyleClass().add("field-label");
        HBox savedRow = new HBox(8, savedLabel, saved);
        savedRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(saved, Priority.ALWAYS);

        message.setId("connect-message");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);

        connect.setId("connect-go");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(form.validProperty().not());
        connect.setOnAction(e -> start());
        cancel.setId("connect-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            if (running != null) {
                cancelRun();
            } else {
                stage.close();
            }
        });
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(connect, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(connect, cancel);

        VBox root = new VBox(12, savedRow, form.view(), message, progress.view(), buttons);
        root.setId("connect-dialog");
        root.getStyleClass().add("connect-dialog");
        root.setPrefWidth(600);
        root.setPadding(new Insets(14, 16, 12, 16));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        // A filter, since the progress list would take Escape for itself before the Cancel button saw it.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel.fire();
            }
        });
        return scene;
    }

    private void loadProfiles(Optional<ConnectionProfile> chosen) {
        Task<List<ConnectionProfile>> load = new Task<>() {
            @Override
            protected List<ConnectionProfile> call() {
                return profiles.recent();
            }
        };
        load.setOnSucceeded(e -> {
            saved.getItems().setAll(load.getValue());
            if (chosen.isEmpty() && !load.getValue().isEmpty() && running == null) {
                saved.getSelectionModel().selectFirst();
            }
            form.focusFirstEmpty();
        });
        load.setOnFailed(e -> say("The saved profiles could not be read: " + OneLine.of(load.getException()), true));
        background.start(load);
    }

    private void start() {
        if (running != null || !form.validProperty().get()) {
            return;
        }
        ConnectionProfile profile = form.profile();
        char[] password = form.takePassword();
        CancelToken token = new CancelToken();
        FxPrompts prompts = new FxPrompts(stage);
        FxListener listener = new FxListener(progress, text -> {
            if (!token.isCancelled()) {
                say(text, false);
            }
        });
        Task<Snapshot> task = new Task<>() {
            @Override
            protected Snapshot call() throws NodeConnectException {
                try {
                    profiles.used(profile);
                    return collector.collect(new CollectRequest(profile, password, prompts, prompts, false),
                            listener, token);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        };
        task.setOnSucceeded(e -> ended(token, Optional.of(task.getValue()), null, profile));
        task.setOnFailed(e -> ended(token, Optional.empty(), task.getException(), profile));
        running = token;
        form.disable(true);
        saved.setDisable(true);
        connect.disableProperty().unbind();
        connect.setDisable(true);
        cancel.setText("Cancel");
        cancel.setDisable(false);
        progress.start();
        say("Connecting to " + profile.address() + "…", false);
        background.start(task);
    }

    private void cancelRun() {
        running.cancel();
        cancel.setDisable(true);
        say("Cancelling…", false);
    }

    private void ended(CancelToken token, Optional<Snapshot> snapshot, Throwable failure, ConnectionProfile profile) {
        running = null;
        form.disable(false);
        saved.setDisable(false);
        connect.disableProperty().bind(form.validProperty().not());
        cancel.setText("Close");
        cancel.setDisable(false);
        if (token.isCancelled()) {
            say("Cancelled: nothing was opened. Connect again when ready.", true);
        } else if (snapshot.isPresent()) {
            stage.close();
            show.accept(new ShownSnapshot(snapshot.get(), Optional.of(profile)));
        } else {
            if (!(failure instanceof NodeConnectException)) {
                LOG.warn("collecting {} failed", profile.address(), failure);
            }
            say(OneLine.of(failure), true);
            form.focusFirstEmpty();
        }
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.getStyleClass().removeAll("connect-error", "connect-info");
        message.getStyleClass().add(problem ? "connect-error" : "connect-info");
        message.setVisible(true);
        message.setManaged(true);
        stage.sizeToScene();
    }

    /** A saved profile as the user named it, with where it goes. */
    private static final class ProfileCell extends ListCell<ConnectionProfile> {
        @Override
        protected void updateItem(ConnectionProfile profile, boolean empty) {
            super.updateItem(profile, empty);
            setText(empty || profile == null ? null : profile.name().equals(profile.address()) ? profile.name()
                    : profile.name() + " (" + profile.address() + ")");
        }
    }
}
