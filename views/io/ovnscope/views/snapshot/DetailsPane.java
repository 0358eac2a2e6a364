package io.ovnscope.views.snapshot;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableCell;

/** The pane on the right: every field of the selected element, as a read-only two-column table. */
public final class DetailsPane {
    private final TableView<PropertyRow> table = new TableView<>();

    public DetailsPane() {
        table.setId("details");
        table.setPlaceholder(new Label("Select an element in the navigator to see all of its data."));
        TableColumn<PropertyRow, String> name = new TableColumn<>("Field");
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setPrefWidth(130);
        TableColumn<PropertyRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().value()));
        value.setCellFactory(column -> new ValueCell());
        table.getColumns().add(name);
        table.getColumns().add(value);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add("details-table");
    }

    public void show(Optional<Object> subject) {
        table.getItems().setAll(subject.map(PropertyRows::of).orElse(java.util.List.of()));
    }

    public TableView<PropertyRow> view() {
        return table;
    }

    /** A value cell whose tooltip shows the whole text when the column is too narrow for it. */
    private static final class ValueCell extends TableCell<PropertyRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.length() < 30 ? null : new Tooltip(item));
        }
    }
}
