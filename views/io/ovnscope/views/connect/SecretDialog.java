package io.ovnscope.views.connect;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a key's passphrase or a login password in a masked field; empty when the user gives up. */
public final class SecretDialog {
    private SecretDialog() {
    }

    public static Optional<char[]> ask(Window owner, String id, String title, String header, String text) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        PasswordField secret = new PasswordField();
        secret.setId(id + "-field");
        dialog.getDialogPane().setContent(new VBox(8, new Label(text), secret));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId(id);
        dialog.setResultConverter(button -> button == ButtonType.OK ? secret.getText().toCharArray() : null);
        Platform.runLater(secret::requestFocus);
        Optional<char[]> answer = dialog.showAndWait();
        secret.clear();
        return answer;
    }

    static char[] passphrase(Window owner, String keyFile, int attempt) {
        String text = attempt <= 1 ? "The key " + keyFile + " is protected by a passphrase."
                : "That passphrase was wrong (try " + attempt + " of 3).";
        return ask(owner, "passphrase-dialog", "Key passphrase", "Passphrase for " + keyFile, text).orElse(null);
    }
}
