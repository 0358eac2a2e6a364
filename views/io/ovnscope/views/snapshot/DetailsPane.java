package io.ovnscope.views.snapshot;

import io.ovnscope.core.browse.RelatedObject;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.PropertySheet;

/**
 * The pane on the right: every field of the selected element in a read-only ControlsFX property sheet (with
 * its search box to find a field among many), and under it links to the objects it is tied to (a router
 * port's peer, a load balancer's switches and routers).
 */
public final class DetailsPane {
    private final ObservableList<PropertySheet.Item> items = FXCollections.observableArrayList();
    private final PropertySheet sheet = new PropertySheet(items);
    private final Label empty = new Label("Select an element in the navigator or the topology to see all of its data.");
    private final FlowPane links = new FlowPane(8, 2);
    private final BorderPane pane = new BorderPane(new StackPane(sheet, empty));
    private Function<Object, List<RelatedObject>> related = subject -> List.of();

    public DetailsPane() {
        sheet.setId("details");
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(true);
        sheet.setPropertyEditorFactory(ReadOnlyValue::new);
        sheet.getStyleClass().add("details-sheet");
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        empty.getStyleClass().add("details-empty");
        empty.visibleProperty().bind(Bindings.isEmpty(items));
        sheet.visibleProperty().bind(empty.visibleProperty().not());
        links.setId("details-links");
        links.setPadding(new Insets(4, 6, 6, 6));
        pane.setBottom(links);
        showLinks(Optional.empty());
    }

    public void show(Optional<Object> subject) {
        setRows(subject.map(PropertyRows::of).orElse(List.of()), category(subject));
        showLinks(subject);
    }

    /**
     * Rows made by the caller, for what is not one model object alone (a topology element and what it shows);
     * the links are those of {@code subject}, the object behind it, when there is one.
     */
    public void showRows(List<PropertyRow> rows, Optional<Object> subject) {
        setRows(rows, category(subject));
        showLinks(subject);
    }

    /** Where the cross-links of a shown object come from (the open snapshot's OVN database). */
    public void relateWith(Function<Object, List<RelatedObject>> relatedOf) {
        related = relatedOf;
    }

    /** What the sheet shows, in order, as name and value. */
    public List<PropertyRow> rows() {
        return items.stream().map(item -> new PropertyRow(item.getName(), String.valueOf(item.getValue()))).toList();
    }

    public Region view() {
        return pane;
    }

    private void setRows(List<PropertyRow> rows, String category) {
        items.setAll(rows.stream().map(row -> (PropertySheet.Item) new RowItem(row, category)).toList());
    }

    private void showLinks(Optional<Object> subject) {
        links.getChildren().clear();
        subject.map(related).orElse(List.of()).forEach(link -> {
            Hyperlink hyperlink = new Hyperlink(link.relation() + ": " + link.label());
            hyperlink.setOnAction(e -> show(Optional.of(link.subject())));
            links.getChildren().add(hyperlink);
        });
        links.setVisible(!links.getChildren().isEmpty());
        links.setManaged(links.isVisible());
    }

    /** The sheet's one heading: what kind of object this is, in words. */
    private static String category(Optional<Object> subject) {
        return subject.map(object -> object.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2"))
                .orElse("Details");
    }
}
