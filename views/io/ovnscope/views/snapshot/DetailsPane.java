package io.ovnscope.views.snapshot;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/** The pane on the right: every field of the selected element, as a read-only two-column table. */
public final class DetailsPane {
    private final TableView<PropertyRow> table = new TableView<>();

    public DetailsPane() {
        table.setId("details");
        table.setPlaceholder(new Label("Select an element in the navigator or the topology to see all of its data."));
        TableColumn<PropertyRow, String> name = new TableColumn<>("Field");
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setCellFactory(column -> new WrappingCell(column, "details-name"));
        name.setPrefWidth(150);
        name.setMinWidth(120);
        name.setMaxWidth(230);
        TableColumn<PropertyRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().value()));
        value.setCellFactory(column -> new WrappingCell(column, "details-value"));
        table.getColumns().add(name);
        table.getColumns().add(value);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add("details-table");
    }

    public void show(Optional<Object> subject) {
        table.getItems().setAll(subject.map(PropertyRows::of).orElse(List.of()));
    }

    /** Rows made by the caller, for what is not one model object (a topology element and what it shows). */
    public void showRows(List<PropertyRow> rows) {
        table.getItems().setAll(rows);
    }

    public TableView<PropertyRow> view() {
        return table;
    }

    /** A cell that wraps long text (map keys, VIPs, matches) instead of cutting it. */
    private static final class WrappingCell extends TableCell<PropertyRow, String> {
        private final Text text = new Text();

        // Wrapped to the column's width, which is settled before the cell's own width when rows are sized.
        WrappingCell(TableColumn<PropertyRow, String> column, String styleClass) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            text.getStyleClass().add(styleClass);
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
            setTooltip(empty || item == null || item.length() < 40 ? null : new Tooltip(item));
        }
    }
}
