package io.ovnscope.views.trace;

import io.ovnscope.core.trace.Evidence;
import io.ovnscope.core.trace.TraceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The evidence of the selected step: each rule, route, policy, load balancer or flow as its raw line, with the
 * command that printed it and the line number, and the packet's addresses in it marked (what the rule matched or
 * rewrote). A link selects the step's element in the picture and so in the navigator.
 */
final class EvidenceView {
    private final VBox lines = new VBox(4);
    private final ScrollPane view = new ScrollPane(lines);
    private final Hyperlink select = new Hyperlink();
    private Optional<Runnable> selectAction = Optional.empty();

    EvidenceView() {
        view.setId("trace-evidence");
        view.setFitToWidth(true);
        lines.getStyleClass().add("trace-evidence");
        select.setId("trace-evidence-select");
        select.setOnAction(e -> selectAction.ifPresent(Runnable::run));
        clear();
    }

    /** An object of the picture an evidence line names, and how to select it. */
    record Selectable(String name, Runnable select) {
    }

    ScrollPane view() {
        return view;
    }

    void clear() {
        lines.getChildren().setAll(new Label("The selected step's evidence shows here."));
        selectAction = Optional.empty();
    }

    /**
     * Shows a step's evidence; {@code selectElement} selects where it happened, when the picture shows it, and
     * {@code selectObject} the object an evidence line names (a load balancer), when the picture draws it.
     */
    void show(TraceStep step, Optional<Runnable> selectElement, Function<Evidence, Optional<Selectable>> selectObject) {
        lines.getChildren().clear();
        selectAction = selectElement;
        select.setText("Select " + step.where() + " in the navigator");
        select.setDisable(selectElement.isEmpty());
        lines.getChildren().add(select);
        if (step.evidence().isEmpty()) {
            lines.getChildren().add(new Label("No rule: " + step.comment()));
        }
        List<String> marked = addresses(step);
        for (Evidence evidence : step.evidence()) {
            Label source = new Label(evidence.line() > 0
                    ? evidence.source() + ", line " + evidence.line() : evidence.source() + " (database object)");
            source.getStyleClass().add("trace-evidence-source");
            lines.getChildren().addAll(source, marked(evidence.text(), marked));
            selectObject.apply(evidence).ifPresent(object -> {
                Hyperlink link = new Hyperlink("Select " + object.name() + " in the navigator");
                link.getStyleClass().add("trace-evidence-object");
                link.setOnAction(e -> object.select().run());
                lines.getChildren().add(link);
            });
        }
    }

    /** The addresses the packet carries at this step: the parts of a rule that matched or rewrote it. */
    private static List<String> addresses(TraceStep step) {
        List<String> addresses = new ArrayList<>();
        for (String address : List.of(step.src().toString(), step.dst().toString(),
                step.src().address().toString(), step.dst().address().toString())) {
            if (!addresses.contains(address)) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    /** The line with every occurrence of a marked address in its own styled run (longest address first). */
    static TextFlow marked(String text, List<String> marks) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("trace-evidence-line");
        int from = 0;
        int at = 0;
        while (at < text.length()) {
            String hit = hitAt(text, at, marks);
            if (hit == null) {
                at++;
                continue;
            }
            if (at > from) {
                flow.getChildren().add(plain(text.substring(from, at)));
            }
            Text mark = new Text(hit);
            mark.getStyleClass().addAll("trace-evidence-text", "trace-evidence-match");
            flow.getChildren().add(mark);
            at += hit.length();
            from = at;
        }
        if (from < text.length()) {
            flow.getChildren().add(plain(text.substring(from)));
        }
        return flow;
    }

    private static String hitAt(String text, int at, List<String> marks) {
        String best = null;
        for (String mark : marks) {
            boolean starts = !mark.isEmpty() && text.startsWith(mark, at);
            boolean whole = starts && (at + mark.length() == text.length()
                    || !Character.isDigit(text.charAt(at + mark.length())))
                    && (at == 0 || !Character.isDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '.');
            if (whole && (best == null || mark.length() > best.length())) {
                best = mark;
            }
        }
        return best;
    }

    private static Text plain(String text) {
        Text plain = new Text(text);
        plain.getStyleClass().add("trace-evidence-text");
        return plain;
    }
}
