package io.ovnscope.views.connect;

import io.ovnscope.core.snapshot.Outcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * The collection's items with their outcome, in the order planned; a plan that grows (a bridge found late)
 * adds items. A bar above says how many have ended. Touched only on the JavaFX thread.
 */
final class ProgressList {
    private final ObservableList<ItemProgress> items = FXCollections.observableArrayList();
    private final ListView<ItemProgress> list = new ListView<>(items);
    private final ProgressBar bar = new ProgressBar(0);
    private final Label counts = new Label();
    private final VBox view = new VBox(4, counts, bar, list);

    ProgressList() {
        list.setId("connect-progress");
        list.setPrefHeight(180);
        list.setPlaceholder(new Label("The commands appear here as the collection plans them."));
        list.setCellFactory(view -> new ItemCell());
        bar.setMaxWidth(Double.MAX_VALUE);
        counts.setId("connect-progress-counts");
        view.setVisible(false);
        view.setManaged(false);
    }

    VBox view() {
        return view;
    }

    void start() {
        items.clear();
        bar.setProgress(-1);
        counts.setText("Connecting…");
        view.setVisible(true);
        view.setManaged(true);
    }

    void planned(List<String> planned) {
        for (String item : planned) {
            if (indexOf(item) < 0) {
                items.add(ItemProgress.waiting(item));
            }
        }
        update();
    }

    void finished(String item, Outcome outcome) {
        ItemProgress ended = new ItemProgress(item, Optional.of(outcome));
        int index = indexOf(item);
        if (index < 0) {
            items.add(ended);
        } else {
            items.set(index, ended);
        }
        update();
    }

    List<ItemProgress> items() {
        return List.copyOf(items);
    }

    private int indexOf(String item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).item().equals(item)) {
                return i;
            }
        }
        return -1;
    }

    private void update() {
        long ended = items.stream().filter(i -> i.outcome().isPresent()).count();
        long wrong = items.stream().filter(i -> i.outcome().filter(o -> o != Outcome.COMPLETED).isPresent()).count();
        bar.setProgress(items.isEmpty() ? -1 : (double) ended / items.size());
        counts.setText(ended + " of " + items.size() + " commands ended" + (wrong == 0 ? "" : ", " + wrong
                + " not complete"));
    }

    /** An item with a coloured dot for its state, so a failure stands out in a long list. */
    private static final class ItemCell extends ListCell<ItemProgress> {
        @Override
        protected void updateItem(ItemProgress item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.item() + " — " + item.state());
            Circle dot = new Circle(4);
            dot.getStyleClass().setAll("progress-dot",
                    "progress-" + item.outcome().map(o -> o.name().toLowerCase(Locale.ROOT)).orElse("waiting"));
            setGraphic(dot);
        }
    }
}
