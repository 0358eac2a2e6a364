package io.ovnscope.views.trace;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The trace's rows in the seed's columns (step, where, srcIP:port, dstIP:port, comment). An address a NAT changed
 * is highlighted on the row after the step that changed it (the seed's convention); a stop is the last row.
 */
final class StepTable {
    private final TableView<StepRow> table = new TableView<>();

    StepTable() {
        table.setId("trace-steps");
        table.setPlaceholder(new javafx.scene.control.Label("Choose an example, fill in the form, or pick on the picture"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("step", StepRow::step, row -> false, 48),
                column("where", StepRow::where, row -> false, 150),
                column("srcIP:port", StepRow::src, StepRow::srcChanged, 130),
                column("dstIP:port", StepRow::dst, StepRow::dstChanged, 130),
                column("comment", StepRow::comment, row -> false, 320)));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(StepRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("trace-stop");
                if (!empty && row != null && row.stop()) {
                    getStyleClass().add("trace-stop");
                }
            }
        });
    }

    TableView<StepRow> view() {
        return table;
    }

    void show(List<StepRow> rows) {
        table.getItems().setAll(rows);
    }

    private static TableColumn<StepRow, String> column(String title, Function<StepRow, String> value,
                                                       Predicate<StepRow> changed, double width) {
        TableColumn<StepRow, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("trace-changed");
                StepRow row = empty ? null : getTableRow().getItem();
                if (row != null && changed.test(row)) {
                    getStyleClass().add("trace-changed");
                }
            }
        });
        return column;
    }
}
