package io.ovnscope.views.nodeport;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.nodeport.InvalidNodePortParameters;
import io.ovnscope.core.nodeport.NodePortAccess;
import io.ovnscope.core.nodeport.NodePortCommand;
import io.ovnscope.core.nodeport.NodePortInput;
import io.ovnscope.core.nodeport.NodePortProgram;
import io.ovnscope.core.nodeport.NodePortSession;
import io.ovnscope.core.nodeport.PlannedFlow;
import io.ovnscope.core.nodeport.Preview;
import io.ovnscope.core.nodeport.Verification;
import io.ovnscope.core.nodeport.WriteResult;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.background.OneLine;
import io.ovnscope.views.connect.FxPrompts;
import io.ovnscope.views.connect.ProfileHistory;
import io.ovnscope.views.connect.SecretDialog;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * NodePort flows…: the set's parameters (checked as they are typed), its flows, and the edits on a saved
 * profile's node: Preview shows the exact commands and the diff against a fresh dump (or why it is refused),
 * Apply asks, writes, and says what the check after found; a mismatch offers the rollback. The dialog knows no
 * SSH: it works through {@link NodePortAccess}.
 */
public final class NodePortDialog {
    private final NodePortAccess access;
    private final ProfileHistory profiles;
    private final Background background;
    private final Confirmation confirmation;
    private final Stage stage = new Stage();
    private final NodePortForm form = new NodePortForm();
    private final ComboBox<ConnectionProfile> profile = new ComboBox<>();
    private final TextField bridge = new TextField("br-int");
    private final ComboBox<NodePortEdit> edit = new ComboBox<>();
    private final TextField port = new TextField();
    private final Button plan = new Button("Flows");
    private final Button status = new Button("Status");
    private final Button preview = new Button("Preview");
    private final Button apply = new Button("Apply…");
    private final Button log = new Button("Audit log");
    private final TextArea output = new TextArea();
    private final Label message = new Label();
    private NodePortSession session;
    private Preview previewed;
    private boolean busy;

    public NodePortDialog(Window owner, NodePortAccess access, ProfileHistory profiles, Background background,
                          Confirmation confirmation) {
        this.access = Objects.requireNonNull(access);
        this.profiles = Objects.requireNonNull(profiles);
        this.background = Objects.requireNonNull(background);
        this.confirmation = Objects.requireNonNull(confirmation);
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("NodePort flows");
        stage.setScene(scene(owner));
        stage.setOnHidden(e -> forget());
    }

    /** Opens the dialog on this profile (the open snapshot's, if any) or the most recent one. */
    public void open(Optional<ConnectionProfile> chosen) {
        stage.show();
        Task<List<ConnectionProfile>> load = new Task<>() {
            @Override
            protected List<ConnectionProfile> call() {
                return profiles.recent();
            }
        };
        load.setOnSucceeded(e -> {
            profile.getItems().setAll(load.getValue());
            chosen.ifPresentOrElse(profile::setValue, () -> profile.getSelectionModel().selectFirst());
            enable();
        });
        load.setOnFailed(e -> say("The saved profiles could not be read: " + OneLine.of(load.getException())));
        background.start(load);
    }

    Stage stage() {
        return stage;
    }

    private Scene scene(Window owner) {
        profile.setId("nodeport-profile");
        profile.setPromptText("A saved profile (Connect… saves one)");
        profile.setMaxWidth(Double.MAX_VALUE);
        bridge.setId("nodeport-bridge");
        bridge.setPrefColumnCount(10);
        edit.setId("nodeport-edit");
        edit.getItems().setAll(NodePortEdit.values());
        edit.setValue(NodePortEdit.INSTALL);
        port.setId("nodeport-port");
        port.setPromptText("NodePort");
        port.setPrefColumnCount(7);
        plan.setId("nodeport-plan");
        status.setId("nodeport-status");
        preview.setId("nodeport-preview");
        apply.setId("nodeport-apply");
        log.setId("nodeport-log");
        output.setId("nodeport-output");
        output.setEditable(false);
        output.setPrefRowCount(18);
        output.getStyleClass().add("monospace");
        message.setId("nodeport-message");
        message.setWrapText(true);

        plan.setOnAction(e -> showPlan());
        status.setOnAction(e -> runStatus());
        preview.setOnAction(e -> runPreview());
        apply.setOnAction(e -> runApply());
        log.setOnAction(e -> showLog());
        form.resultProperty().addListener((seen, before, now) -> changed());
        edit.valueProperty().addListener((seen, before, now) -> changed());
        port.textProperty().addListener((seen, before, now) -> changed());
        profile.valueProperty().addListener((seen, before, now) -> changed());
        bridge.textProperty().addListener((seen, before, now) -> changed());

        HBox where = row(new Label("Node"), profile, new Label("Bridge"), bridge);
        HBox.setHgrow(profile, Priority.ALWAYS);
        HBox what = row(new Label("Edit"), edit, port, preview, apply);
        HBox more = row(plan, status, log);
        VBox root = new VBox(10, form.view(), where, what, more, message, output);
        VBox.setVgrow(output, Priority.ALWAYS);
        root.setId("nodeport-dialog");
        root.setPadding(new Insets(14, 16, 12, 16));
        root.setPrefWidth(900);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        changed();
        return scene;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Anything edited makes the last preview stale: Apply waits for a new one. */
    private void changed() {
        forget();
        enable();
    }

    private void enable() {
        boolean valid = form.resultProperty().get() != null && form.resultProperty().get().parameters().isPresent();
        boolean node = profile.getValue() != null && !bridge.getText().isBlank();
        port.setDisable(busy || edit.getValue() == null || !edit.getValue().needsPort());
        plan.setDisable(busy || !valid);
        status.setDisable(busy || !valid || !node);
        preview.setDisable(busy || !valid || !node);
        apply.setDisable(busy || previewed == null || !previewed.allowed());
        log.setDisable(busy);
        form.disable(busy);
    }

    private void showPlan() {
        form.resultProperty().get().parameters().ifPresent(p -> output.setText(NodePortProgram.flows(p).stream()
                .map(PlannedFlow::text).collect(Collectors.joining("\n", "", "\n"))));
        say("The flows of the set, as ovs-ofctl add-flows reads them.");
    }

    private void runStatus() {
        NodePortInput.Result read = form.resultProperty().get();
        work("Reading the bridge…", s -> NodePortReport.status(s.address(), s.status(read.parameters().orElseThrow())),
                text -> {
                    output.setText(text);
                    say("");
                }, true);
    }

    private void runPreview() {
        Optional<NodePortCommand> command = command();
        if (command.isEmpty()) {
            return;
        }
        work("Reading the bridge…", s -> s.preview(command.get()), seen -> {
            previewed = seen;
            output.setText(NodePortReport.preview(seen));
            say(seen.allowed() ? "Nothing is changed yet: Apply… asks, then writes." : "Refused: see why below.");
        }, false);
    }

    private void runApply() {
        Preview chosen = previewed;
        if (chosen == null || !chosen.allowed() || session == null) {
            return;
        }
        String commands = String.join("\n", chosen.commandText());
        if (!confirmation.ask(capitalized(chosen.command().description()) + " on " + session.address() + "?",
                commands)) {
            say("Not applied.");
            return;
        }
        NodePortSession on = session;
        previewed = null;
        start("Writing…", new Task<WriteResult>() {
            @Override
            protected WriteResult call() {
                return on.apply(chosen);
            }
        }, result -> {
            output.setText(NodePortReport.result(result) + "\n" + output.getText());
            say(result.succeeded() ? "Done, and checked." : "Not as planned: see below.");
            if (result.rollbackOffered()) {
                offerRollback(on, result.preview().command().inverse());
            } else if (result.verification().state() == Verification.State.UNKNOWN) {
                checkAgain(result.preview().command());
            } else {
                forget();
            }
        });
    }

    /** The connection went during the write: a new one finds out whether the change is there, all or none. */
    private void checkAgain(NodePortCommand command) {
        work("Connecting again to check the bridge…", s -> s.verify(command), check -> {
            output.setText("after connecting again: " + check.state() + ": " + check.message() + "\n\n"
                    + output.getText());
            say(check.state() == Verification.State.AS_PLANNED ? "Done, and checked after reconnecting."
                    : "See below what the bridge holds.");
        }, true);
    }

    private void offerRollback(NodePortSession on, NodePortCommand undo) {
        if (!confirmation.ask("Roll back: " + undo.description() + "?", "The bridge holds neither the plan nor "
                + "what it held before.")) {
            forget();
            return;
        }
        start("Rolling back…", new Task<String>() {
            @Override
            protected String call() throws Exception {
                Preview back = on.preview(undo);
                return back.allowed() ? NodePortReport.result(on.apply(back)) : NodePortReport.preview(back);
            }
        }, text -> {
            output.setText(text + "\n" + output.getText());
            forget();
        });
    }

    private void showLog() {
        start("Reading the audit log…", new Task<String>() {
            @Override
            protected String call() {
                return NodePortReport.log(access.auditLog().entries());
            }
        }, text -> {
            output.setText(text);
            say("");
        });
    }

    private Optional<NodePortCommand> command() {
        int number = -1;
        if (edit.getValue().needsPort()) {
            try {
                number = Integer.parseInt(port.getText().strip());
            } catch (NumberFormatException e) {
                say("Type the NodePort to " + (edit.getValue() == NodePortEdit.ADD_PORT ? "add" : "remove") + ".");
                return Optional.empty();
            }
        }
        try {
            return Optional.of(edit.getValue().command(form.resultProperty().get().parameters().orElseThrow(), number));
        } catch (InvalidNodePortParameters e) {
            say(e.getMessage());
            return Optional.empty();
        }
    }

    /** Does something on a session: a new connection each time, kept open after a preview for its Apply. */
    private <T> void work(String doing, SessionWork<T> what, Consumer<T> done, boolean close) {
        ConnectionProfile target = profile.getValue();
        char[] password = target.auth() instanceof AuthChoice.Password
                ? SecretDialog.ask(stage, "nodeport-password", "Password", target.address(),
                        "The login password of " + target.address()).orElse(null)
                : new char[0];
        if (password == null) {
            return;
        }
        String onBridge = bridge.getText().strip();
        FxPrompts prompts = new FxPrompts(stage);
        forget();
        start(doing, new Task<Opened<T>>() {
            @Override
            protected Opened<T> call() throws Exception {
                NodePortSession opened;
                try {
                    opened = access.open(target, password, prompts, prompts, false, onBridge);
                } finally {
                    Arrays.fill(password, '\0');
                }
                try {
                    T value = what.run(opened);
                    if (close) {
                        opened.close();
                        return new Opened<>(null, value);
                    }
                    return new Opened<>(opened, value);
                } catch (Exception | Error e) {
                    opened.close();
                    throw e;
                }
            }
        }, opened -> {
            session = opened.session();
            done.accept(opened.value());
        });
    }

    private <T> void start(String doing, Task<T> task, Consumer<T> done) {
        busy = true;
        enable();
        say(doing);
        task.setOnSucceeded(e -> {
            busy = false;
            done.accept(task.getValue());
            enable();
        });
        task.setOnFailed(e -> {
            busy = false;
            say(OneLine.of(task.getException()));
            enable();
        });
        background.start(task);
    }

    private void forget() {
        previewed = null;
        if (session != null) {
            NodePortSession closing = session;
            session = null;
            background.start(new Task<Void>() {
                @Override
                protected Void call() {
                    closing.close();
                    return null;
                }
            });
        }
    }

    private void say(String text) {
        message.setText(text);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @FunctionalInterface
    private interface SessionWork<T> {
        T run(NodePortSession session) throws Exception;
    }

    private record Opened<T>(NodePortSession session, T value) {
    }
}
