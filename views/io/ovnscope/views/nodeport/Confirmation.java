package io.ovnscope.views.nodeport;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Asks before a write; replaceable so that tests need no modal dialog. */
@FunctionalInterface
public interface Confirmation {
    /** True when the user said yes to {@code question}, having seen {@code details} (the exact commands). */
    boolean ask(String question, String details);

    static Confirmation alert(Window owner) {
        return (question, details) -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.YES, ButtonType.NO);
            alert.initOwner(owner);
            alert.setTitle("Change the node?");
            alert.setHeaderText(question);
            TextArea text = new TextArea(details);
            text.setEditable(false);
            text.setPrefColumnCount(90);
            text.setPrefRowCount(14);
            text.getStyleClass().add("monospace");
            alert.getDialogPane().setContent(text);
            alert.getDialogPane().setId("nodeport-confirm");
            Optional<ButtonType> answer = alert.showAndWait();
            return answer.isPresent() && answer.get() == ButtonType.YES;
        };
    }
}
