package io.ovnscope.views.find;

import io.ovnscope.core.browse.find.FindHit;
import io.ovnscope.core.browse.find.FindKind;
import io.ovnscope.core.browse.find.FindResults;
import io.ovnscope.core.browse.find.SnapshotSearch;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.background.OneLine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Find everywhere (Ctrl+F): a field, and what it found grouped by kind. Choosing a hit shows its object in
 * the main window's details; opening it shows its flow table or raw output. The search runs in the background, so a million-flow snapshot does not freeze
 * the window.
 */
public final class FindWindow {
    private final Window owner;
    private final String styleSheet;
    private final Background background;
    private final Consumer<Object> show;
    private final Consumer<FindHit> opened;
    private final TextField field = new TextField();
    private final Label summary = new Label();
    private final TreeView<FindEntry> results = new TreeView<>();
    private Stage stage;
    private Snapshot snapshot;

    /** A line of the results: a group heading (no hit) or one hit. */
    record FindEntry(String label, Optional<FindHit> hit) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * @param show   told of the object behind each chosen hit (the details pane shows it)
     * @param opened told of a hit opened by double click or Enter (its flow table or raw output opens)
     */
    public FindWindow(Window owner, String styleSheet, Background background, Consumer<Object> show,
                      Consumer<FindHit> opened) {
        this.owner = Objects.requireNonNull(owner);
        this.styleSheet = Objects.requireNonNull(styleSheet);
        this.background = Objects.requireNonNull(background);
        this.show = Objects.requireNonNull(show);
        this.opened = Objects.requireNonNull(opened);
        field.setId("find-field");
        field.setPromptText("An IP, MAC, port, name or cookie — Enter finds it everywhere");
        field.setOnAction(e -> search());
        summary.setId("find-summary");
        results.setId("find-results");
        results.setShowRoot(false);
        results.getSelectionModel().selectedItemProperty().addListener((seen, before, now) -> {
            if (now != null) {
                now.getValue().hit().ifPresent(hit -> show.accept(hit.subject()));
            }
        });
        results.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                openSelected();
            }
        });
        results.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
    }

    /** Shows the window over this snapshot, the field ready to type in. */
    public void open(Snapshot shown) {
        if (snapshot != shown) {
            snapshot = shown;
            results.setRoot(null);
            summary.setText("");
        }
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            VBox top = new VBox(4, field, summary);
            top.setPadding(new Insets(6));
            BorderPane root = new BorderPane(results, top, null, null, null);
            Scene scene = new Scene(root, 720, 480);
            scene.getStylesheets().add(styleSheet);
            scene.setOnKeyPressed(key -> {
                if (key.getCode() == KeyCode.ESCAPE) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        stage.setTitle("Find in " + shown.source().node() + " — ovnscope");
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
    }

    private void openSelected() {
        TreeItem<FindEntry> selected = results.getSelectionModel().getSelectedItem();
        if (selected != null) {
            selected.getValue().hit().ifPresent(opened);
        }
    }

    private void search() {
        String query = field.getText();
        Snapshot searched = snapshot;
        summary.setText("Finding " + query.strip() + "…");
        Task<FindResults> task = new Task<>() {
            @Override
            protected FindResults call() {
                return SnapshotSearch.find(searched, query);
            }
        };
        task.setOnSucceeded(e -> {
            if (searched == snapshot && query.equals(field.getText())) {
                showResults(task.getValue());
            }
        });
        task.setOnFailed(e -> summary.setText("The search failed: " + OneLine.of(task.getException())));
        background.start(task);
    }

    private void showResults(FindResults found) {
        TreeItem<FindEntry> root = new TreeItem<>(new FindEntry("", Optional.empty()));
        int total = 0;
        for (FindKind kind : FindKind.values()) {
            List<FindHit> hits = found.of(kind);
            if (hits.isEmpty()) {
                continue;
            }
            int count = found.count(kind);
            total += count;
            String heading = kind.title() + " (" + count + (count > hits.size() ? ", first " + hits.size() : "") + ")";
            TreeItem<FindEntry> group = new TreeItem<>(new FindEntry(heading, Optional.empty()));
            group.setExpanded(true);
            hits.forEach(hit -> group.getChildren().add(new TreeItem<>(new FindEntry(hit.text(), Optional.of(hit)))));
            root.getChildren().add(group);
        }
        results.setRoot(root);
        summary.setText(total == 0 ? "Nothing found for " + found.query().strip()
                : total + " places hold " + found.query().strip());
    }
}
