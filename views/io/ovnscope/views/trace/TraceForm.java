package io.ovnscope.views.trace;

import io.ovnscope.core.trace.TraceProtocol;
import io.ovnscope.core.trace.TraceQuestion;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Any question: from (a pod, an IP or "host"), to (a pod, IP or IP:port) and the protocol, with completion. */
final class TraceForm {
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final ComboBox<TraceProtocol> protocol = new ComboBox<>(FXCollections.observableArrayList(TraceProtocol.values()));
    private final GridPane view = new GridPane();

    TraceForm(Supplier<List<String>> sources, Supplier<List<String>> destinations, Consumer<TraceQuestion> asked) {
        from.setId("trace-from");
        to.setId("trace-to");
        protocol.setId("trace-protocol");
        from.setPromptText("pod, IP or host");
        to.setPromptText("pod, IP or IP:port");
        protocol.setValue(TraceProtocol.TCP);
        Button trace = new Button("Trace");
        trace.setId("trace-run");
        trace.setDefaultButton(false);
        trace.disableProperty().bind(from.textProperty().isEmpty().or(to.textProperty().isEmpty()));
        Runnable ask = () -> {
            if (!from.getText().isBlank() && !to.getText().isBlank()) {
                asked.accept(new TraceQuestion(from.getText(), to.getText(), protocol.getValue()));
            }
        };
        trace.setOnAction(e -> ask.run());
        to.setOnAction(e -> ask.run());
        Completion.attach(from, sources);
        Completion.attach(to, destinations);
        view.setHgap(6);
        view.setVgap(4);
        view.setPadding(new Insets(4));
        view.addRow(0, new Label("From"), from);
        view.addRow(1, new Label("To"), to);
        Label protocolLabel = new Label("Protocol");
        protocolLabel.setMinWidth(Region.USE_PREF_SIZE);
        trace.setMinWidth(Region.USE_PREF_SIZE);
        view.addRow(2, protocolLabel, protocol, trace);
    }

    GridPane view() {
        return view;
    }

    /** Shows a question (an example's or a picked one) in the fields. */
    void fill(TraceQuestion question) {
        from.setText(question.from());
        to.setText(question.to());
        protocol.setValue(question.protocol());
    }

    void from(String text) {
        from.setText(text);
    }
}
