package io.ovnscope.views.connect;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ToolPrefixes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The fields of the Connect dialog: where the node is, how to log in, and (folded away) how to reach its
 * tools. Each field says next to it what is wrong; {@link #validProperty()} is true only when all are fine.
 */
final class ConnectForm {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final TextField host = field("connect-host", "node.example.com or 192.168.122.14");
    private final TextField port = field("connect-port", "22");
    private final TextField user = field("connect-user", "core");
    private final ToggleGroup auth = new ToggleGroup();
    private final RadioButton keyAuth = choice("connect-auth-key", "Key file");
    private final RadioButton agentAuth = choice("connect-auth-agent", "SSH agent");
    private final RadioButton passwordAuth = choice("connect-auth-password", "Password");
    private final TextField keyFile = field("connect-keyfile", "~/.ssh/id_ed25519");
    private final Button browse = new Button("Browse…");
    private final HBox keyRow = new HBox(6, keyFile, browse);
    private final PasswordField password = new PasswordField();
    private final TextField jump = field("connect-jump", "none — e.g. admin@bastion:2222");
    private final TextField knownHosts = field("connect-knownhosts", "~/.ssh/known_hosts");
    private final TextField rootPrefix = field("connect-prefix-root", "discover (e.g. sudo -n)");
    private final TextField ovsPrefix = field("connect-prefix-ovs", "discover");
    private final TextField northboundPrefix = field("connect-prefix-northbound",
            "discover (e.g. oc -n openshift-ovn-kubernetes exec POD -c northd --)");
    private final TextField kubernetesPrefix = field("connect-prefix-kubernetes", "discover (oc or kubectl)");
    private final CheckBox readOnly = new CheckBox("Read-only: never change anything on this node");
    private final TitledPane advanced = new TitledPane();
    private final Map<TextInputControl, Check> checks = new LinkedHashMap<>();
    private final Set<TextInputControl> touched = new HashSet<>();
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private final GridPane grid = new GridPane();
    private final VBox view;

    ConnectForm() {
        port.setText("22");
        keyAuth.setSelected(true);
        defaultKeyFile().ifPresent(keyFile::setText);
        readOnly.setId("connect-readonly");
        readOnly.setSelected(true);
        password.setId("connect-password");
        password.setPromptText("asked each time, never saved");
        browse.setId("connect-keyfile-browse");
        browse.setOnAction(e -> chooseKeyFile());

        grid.getStyleClass().add("connect-form");
        grid.setHgap(8);
        grid.setVgap(2);
        int row = 0;
        row = add(row, "Host", host, FormChecks::host);
        row = add(row, "Port", port, FormChecks::port);
        row = add(row, "User", user, FormChecks::user);
        grid.addRow(row++, label("Log in with"), new HBox(12, keyAuth, agentAuth, passwordAuth));
        HBox.setHgrow(keyFile, Priority.ALWAYS);
        row = add(row, "Key file", keyRow, keyFile, text -> keyAuth.isSelected() ? FormChecks.keyFile(text)
                : Optional.empty());
        row = add(row, "Password", password, password, text -> Optional.empty());
        row = add(row, "Jump host", jump, FormChecks::jump);
        row = add(row, "known_hosts", knownHosts, FormChecks::knownHosts);
        grid.add(readOnly, 1, row);
        GridPane.setHgrow(host, Priority.ALWAYS);

        advanced.setId("connect-advanced");
        advanced.setText("Advanced: how to reach the tools (empty = discover)");
        advanced.setExpanded(false);
        advanced.setAnimated(false);
        advanced.setContent(prefixes());
        advanced.expandedProperty().addListener((seen, before, now) -> Platform.runLater(
                this::fitWindow));

        auth.selectedToggleProperty().addListener((seen, before, now) -> authChanged());
        authChanged();
        view = new VBox(10, grid, advanced);
        validate();
    }

    private GridPane prefixes() {
        GridPane prefixGrid = new GridPane();
        prefixGrid.setHgap(8);
        prefixGrid.setVgap(2);
        int row = 0;
        for (PrefixRow prefix : List.of(new PrefixRow("root (sudo)", rootPrefix, FormChecks::rootPrefix),
                new PrefixRow("ovs-* tools", ovsPrefix, FormChecks::ovsPrefix),
                new PrefixRow("ovn-nbctl", northboundPrefix, FormChecks::northboundPrefix),
                new PrefixRow("Kubernetes", kubernetesPrefix, FormChecks::kubernetesPrefix))) {
            Label error = errorLabel(prefix.field());
            prefixGrid.addRow(row++, label(prefix.label()), prefix.field());
            prefixGrid.add(error, 1, row++);
            watch(prefix.field(), prefix.check(), error);
            GridPane.setHgrow(prefix.field(), Priority.ALWAYS);
        }
        return prefixGrid;
    }

    Node view() {
        return view;
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    /** The profile the fields describe; call only when valid. */
    ConnectionProfile profile() {
        String hostText = host.getText().strip();
        String userText = user.getText().strip();
        int portNumber = Integer.parseInt(port.getText().strip());
        AuthChoice choice = keyAuth.isSelected()
                ? new AuthChoice.KeyFile(HomePaths.expand(keyFile.getText().strip()).toString())
                : agentAuth.isSelected() ? new AuthChoice.Agent() : new AuthChoice.Password();
        String knownHostsText = knownHosts.getText().strip();
        ConnectionProfile unnamed = new ConnectionProfile(null, hostText, portNumber, userText, choice,
                optional(jump.getText()),
                knownHostsText.isEmpty() ? Optional.empty() : Optional.of(HomePaths.expand(knownHostsText).toString()),
                new ToolPrefixes(rootPrefix.getText(), ovsPrefix.getText(), northboundPrefix.getText(),
                        kubernetesPrefix.getText()),
                readOnly.isSelected());
        return new ConnectionProfile(unnamed.address(), hostText, portNumber, userText, choice, unnamed.jump(),
                unnamed.knownHosts(), unnamed.prefixes(), unnamed.readOnly());
    }

    /** The password typed, for a password login only; the field is cleared so it stays nowhere. */
    char[] takePassword() {
        char[] typed = passwordAuth.isSelected() ? password.getText().toCharArray() : new char[0];
        password.clear();
        return typed;
    }

    boolean needsPassword() {
        return passwordAuth.isSelected();
    }

    void fill(ConnectionProfile profile) {
        host.setText(profile.host());
        port.setText(Integer.toString(profile.port()));
        user.setText(profile.user());
        if (profile.auth() instanceof AuthChoice.KeyFile key) {
            keyAuth.setSelected(true);
            keyFile.setText(HomePaths.shown(key.path()));
        } else if (profile.auth() instanceof AuthChoice.Agent) {
            agentAuth.setSelected(true);
        } else {
            passwordAuth.setSelected(true);
        }
        jump.setText(profile.jump().orElse(""));
        knownHosts.setText(profile.knownHosts().map(HomePaths::shown).orElse(""));
        rootPrefix.setText(profile.prefixes().root());
        ovsPrefix.setText(profile.prefixes().ovs());
        northboundPrefix.setText(profile.prefixes().northbound());
        kubernetesPrefix.setText(profile.prefixes().kubernetes());
        advanced.setExpanded(!profile.prefixes().equals(ToolPrefixes.DISCOVER));
        readOnly.setSelected(profile.readOnly());
        touched.addAll(checks.keySet());
        validate();
    }

    void focusFirstEmpty() {
        for (TextInputControl field : List.of(host, user)) {
            if (field.getText().isBlank()) {
                field.requestFocus();
                return;
            }
        }
        (needsPassword() ? password : host).requestFocus();
    }

    void disable(boolean disabled) {
        grid.setDisable(disabled);
        advanced.setDisable(disabled);
    }

    private void authChanged() {
        boolean key = keyAuth.isSelected();
        boolean pass = passwordAuth.isSelected();
        keyRow.setDisable(!key);
        rowVisible(password, pass);
        validate();
        fitWindow();
    }

    /** Rows appear and disappear with the choices: the dialog grows or shrinks to keep them all in view. */
    private void fitWindow() {
        if (view != null && view.getScene() != null && view.getScene().getWindow() != null) {
            view.getScene().getWindow().sizeToScene();
        }
    }

    private void rowVisible(Node field, boolean visible) {
        for (Node node : new ArrayList<>(grid.getChildren())) {
            Integer row = GridPane.getRowIndex(node);
            if (row != null && row.equals(GridPane.getRowIndex(field))) {
                node.setVisible(visible);
                node.setManaged(visible);
            }
        }
    }

    /** The first of OpenSSH's default identities that exists, as ssh itself would try them. */
    private static Optional<String> defaultKeyFile() {
        Path ssh = HomePaths.home().resolve(".ssh");
        return List.of("id_ed25519", "id_ecdsa", "id_rsa").stream().map(ssh::resolve).filter(Files::isRegularFile)
                .findFirst().map(p -> HomePaths.shown(p.toString()));
    }

    private void chooseKeyFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Private key file");
        Path ssh = HomePaths.home().resolve(".ssh");
        if (Files.isDirectory(ssh)) {
            chooser.setInitialDirectory(ssh.toFile());
        }
        File chosen = chooser.showOpenDialog(grid.getScene().getWindow());
        if (chosen != null) {
            keyFile.setText(HomePaths.shown(chosen.getAbsolutePath()));
            touched.add(keyFile);
        }
    }

    private int add(int row, String name, TextInputControl field, Function<String, Optional<String>> check) {
        return add(row, name, field, field, check);
    }

    private int add(int row, String name, Node shown, TextInputControl field, Function<String, Optional<String>> check) {
        Label error = errorLabel(field);
        grid.addRow(row, label(name), shown);
        grid.add(error, 1, row + 1);
        watch(field, check, error);
        return row + 2;
    }

    private void watch(TextInputControl field, Function<String, Optional<String>> check, Label error) {
        checks.put(field, new Check(check, error));
        field.textProperty().addListener((seen, before, now) -> {
            touched.add(field);
            validate();
        });
        field.focusedProperty().addListener((seen, before, focused) -> {
            if (!focused) {
                touched.add(field);
                validate();
            }
        });
    }

    private void validate() {
        boolean allFine = true;
        long shownBefore = checks.values().stream().filter(c -> c.error().isVisible()).count();
        for (Map.Entry<TextInputControl, Check> entry : checks.entrySet()) {
            Optional<String> problem = entry.getValue().check().apply(entry.getKey().getText());
            allFine &= problem.isEmpty();
            boolean show = problem.isPresent() && touched.contains(entry.getKey());
            entry.getValue().error().setText(show ? problem.get() : "");
            entry.getValue().error().setVisible(show);
            entry.getValue().error().setManaged(show);
            entry.getKey().pseudoClassStateChanged(INVALID, show);
        }
        valid.set(allFine);
        if (checks.values().stream().filter(c -> c.error().isVisible()).count() != shownBefore) {
            fitWindow();
        }
    }

    private static Optional<String> optional(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    private static Label errorLabel(TextInputControl field) {
        Label error = new Label();
        error.setId(field.getId() + "-error");
        error.getStyleClass().add("field-error");
        error.setVisible(false);
        error.setManaged(false);
        return error;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        return field;
    }

    private RadioButton choice(String id, String text) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(auth);
        return button;
    }

    private record Check(Function<String, Optional<String>> check, Label error) {
    }

    private record PrefixRow(String label, TextField field, Function<String, Optional<String>> check) {
    }
}
