package io.ovnscope.views.connect;

import io.ovnscope.core.node.HostKeyQuestion;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks, as OpenSSH does, whether to trust a server key never seen: the host and port, the key type, its
 * SHA256 fingerprint to compare with the node's own, and the file it will be added to. Refuse is the default,
 * so Enter never trusts a key by accident.
 */
final class HostKeyDialog {
    static final ButtonType ACCEPT = new ButtonType("Accept and remember", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType REFUSE = new ButtonType("Refuse", ButtonBar.ButtonData.CANCEL_CLOSE);

    private HostKeyDialog() {
    }

    static boolean ask(Window owner, HostKeyQuestion question) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ACCEPT, REFUSE);
        alert.initOwner(owner);
        alert.setTitle("Unknown host key");
        alert.setHeaderText("The authenticity of " + question.host() + ":" + question.port()
                + " can't be established.");
        alert.setContentText(question.keyType() + " key fingerprint is\n" + question.fingerprint()
                + "\n\nCompare it with the node's own (ssh-keygen -lf on its host key) before you accept."
                + "\nAccepting adds the key to " + question.knownHosts() + "."
                + (question.note() == null || question.note().isBlank() ? "" : "\n\n" + question.note()));
        alert.getDialogPane().setId("host-key-dialog");
        alert.getDialogPane().setMinWidth(520);
        Button accept = (Button) alert.getDialogPane().lookupButton(ACCEPT);
        Button refuse = (Button) alert.getDialogPane().lookupButton(REFUSE);
        accept.setId("host-key-accept");
        accept.setDefaultButton(false);
        refuse.setId("host-key-refuse");
        refuse.setDefaultButton(true);
        return alert.showAndWait().filter(ACCEPT::equals).isPresent();
    }
}
