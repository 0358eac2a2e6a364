package io.ovnscope.views.snapshot;

import io.ovnscope.core.browse.RelatedObject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The pane on the right: every field of the selected element, as a read-only two-column table, and under it
 * links to the objects it is tied to (a router port's peer, a load balancer's switches and routers).
 */
public final class DetailsPane {
    private final TableView<PropertyRow> table = new TableView<>();
    private final FlowPane links = new FlowPane(8, 2);
    private final BorderPane pane = new BorderPane(table);
    private Function<Object, List<RelatedObject>> related = subject -> List.of();

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
        links.setId("details-links");
        links.setPadding(new Insets(4, 6, 6, 6));
        pane.setBottom(links);
    }

    public void show(Optional<Object> subject) {
        table.getItems().setAll(subject.map(PropertyRows::of).orElse(List.of()));
        links.getChildren().clear();
        subject.map(related).orElse(List.of()).forEach(link -> {
            Hyperlink hyperlink = new Hyperlink(link.relation() + ": " + link.label());
            hyperlink.setOnAction(e -> show(Optional.of(link.subject())));
            links.getChildren().add(hyperlink);
        });
        links.setVisible(!links.getChildren().isEmpty());
        links.setManaged(links.isVisible());
    }

    /** Rows made by the caller, for what is not one model object (a topology element and what it shows). */
    public void showRows(List<PropertyRow> rows) {
        table.getItems().setAll(rows);
        links.getChildren().clear();
        links.setVisible(false);
        links.setManaged(false);
    }

    /** Where the cross-links of a shown object come from (the open snapshot's OVN database). */
    public void relateWith(Function<Object, List<RelatedObject>> relatedOf) {
        related = relatedOf;
    }

    public Region view() {
        return pane;
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
