package io.ovnscope.views.trace;

import io.ovnscope.core.trace.MissingExample;
import io.ovnscope.core.trace.TraceExample;
import io.ovnscope.core.trace.TraceExamples;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;

/**
 * The seed's traffic flows filled with the snapshot's names; choosing one traces it. A flow the snapshot has no
 * data for is listed greyed with the reason, and cannot be chosen.
 */
final class ExampleList {
    /** An entry: a flow that can be traced, or one left out. */
    record Entry(String title, Optional<TraceExample> example, String reason) {
        @Override
        public String toString() {
            return example.map(e -> e.title() + "\n    " + e.question().from() + " → " + e.question().to() + " "
                    + e.question().protocol().label()).orElse(title + "\n    left out: " + reason);
        }
    }

    private final ListView<Entry> list = new ListView<>();

    ExampleList(Consumer<TraceExample> chosen) {
        list.setId("trace-examples");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : entry.toString());
                setDisable(!empty && entry != null && entry.example().isEmpty());
                setTooltip(empty || entry == null || entry.example().isPresent() ? null : new Tooltip(entry.reason()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((seen, before, now) -> {
            if (now != null) {
                now.example().ifPresent(chosen);
            }
        });
    }

    ListView<Entry> view() {
        return list;
    }

    void show(TraceExamples examples) {
        list.getItems().clear();
        for (TraceExample example : examples.examples()) {
            list.getItems().add(new Entry(example.title(), Optional.of(example), ""));
        }
        for (MissingExample missing : examples.missing()) {
            list.getItems().add(new Entry(missing.title(), Optional.empty(), missing.reason()));
        }
    }

    /** Chooses the example of that title, as a click would. */
    void choose(String title) {
        list.getItems().stream().filter(e -> e.title().equals(title) && e.example().isPresent()).findFirst()
                .ifPresent(entry -> {
                    list.getSelectionModel().clearSelection();
                    list.getSelectionModel().select(entry);
                });
    }
}
