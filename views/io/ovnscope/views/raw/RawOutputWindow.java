package io.ovnscope.views.raw;

import io.ovnscope.core.parse.Problem;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.views.flows.PositionList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One command's raw output as the node printed it, numbered, with the lines its parser could not read marked
 * and their reason on hover; how the command ended above it, and a button that copies the whole text.
 */
public final class RawOutputWindow {
    private final Window owner;
    private final String styleSheet;
    private final Label header = new Label();
    private final ListView<Integer> lines = new ListView<>();
    private final Button copy = new Button("Copy all");
    private Stage stage;
    private LineIndex index = new LineIndex("");
    private Map<Integer, String> problems = Map.of();

    public RawOutputWindow(Window owner, String styleSheet) {
        this.owner = Objects.requireNonNull(owner);
        this.styleSheet = Objects.requireNonNull(styleSheet);
        header.setId("raw-header");
        header.setWrapText(true);
        lines.setId("raw-lines");
        lines.setFixedCellSize(20);
        lines.setCellFactory(view -> new LineCell());
        copy.setId("raw-copy");
    }

    /** Shows the output, scrolled to {@code line} (1-based) when it is one of its lines. */
    public void show(CapturedOutput output, int line) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            HBox.setHgrow(header, Priority.ALWAYS);
            HBox top = new HBox(8, header, copy);
            top.setAlignment(Pos.CENTER_LEFT);
            top.setPadding(new Insets(6));
            Scene scene = new Scene(new BorderPane(lines, top, null, null, null), 1000, 600);
            scene.getStylesheets().add(styleSheet);
            stage.setScene(scene);
        }
        index = new LineIndex(output.stdout());
        Map<Integer, String> reasons = new HashMap<>();
        for (Problem problem : output.problems()) {
            reasons.merge(problem.line(), problem.reason(), (a, b) -> a + "; " + b);
        }
        problems = reasons;
        header.setText(output.command() + "  ·  " + output.outcome().name().toLowerCase(java.util.Locale.ROOT)
                + (output.exitCode() == null ? "" : ", exit " + output.exitCode()) + ", "
                + output.duration().toMillis() + " ms, " + index.size() + " lines, " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + (output.stderr().isBlank() ? "" : "  ·  stderr: " + output.stderr().strip()));
        String text = output.stdout();
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        lines.setItems(FXCollections.observableList(new PositionList(index.size())));
        lines.refresh();
        stage.setTitle(output.item() + " — ovnscope");
        stage.show();
        stage.toFront();
        if (line >= 1 && line <= index.size()) {
            lines.scrollTo(Math.max(0, line - 3));
            lines.getSelectionModel().clearAndSelect(line - 1);
        }
    }

    /** A numbered line; a line the parser could not read is marked, its reason in the tooltip. */
    private final class LineCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer position, boolean empty) {
            super.updateItem(position, empty);
            getStyleClass().remove("raw-problem");
            if (empty || position == null || position >= index.size()) {
                setText(null);
                setTooltip(null);
                return;
            }
            String reason = problems.get(position + 1);
            setText(String.format("%6d  %s", position + 1, index.line(position)));
            setTooltip(reason == null ? null : new Tooltip(reason));
            if (reason != null) {
                getStyleClass().add("raw-problem");
            }
        }
    }
}
