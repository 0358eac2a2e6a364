package io.ovnscope.views.iptables;

import io.ovnscope.core.model.host.Counters;
import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.host.RuleTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * One iptables table: each chain with its policy and counters, then its rules in order with their counters;
 * a jump to another chain is a link to that chain's heading.
 */
public final class IptablesWindow {
    private final Window owner;
    private final String styleSheet;
    private final TableView<IptablesRow> rows = new TableView<>();
    private Stage stage;

    public IptablesWindow(Window owner, String styleSheet) {
        this.owner = Objects.requireNonNull(owner);
        this.styleSheet = Objects.requireNonNull(styleSheet);
        rows.setId("iptables-rows");
        rows.setPlaceholder(new Label("This table has no chains."));
        rows.getColumns().setAll(List.of(
                column("Chain", 200, row -> row instanceof IptablesRow.Heading h ? heading(h.chain()) : ""),
                column("#", 40, row -> row instanceof IptablesRow.Rule r ? Integer.toString(r.number()) : ""),
                column("Packets", 90, row -> counters(row).map(c -> String.format("%,d", c.packets())).orElse("")),
                column("Bytes", 100, row -> counters(row).map(c -> String.format("%,d", c.bytes())).orElse("")),
                column("Rule", 560, row -> row instanceof IptablesRow.Rule r ? r.rule().text() : ""),
                targetColumn()));
        rows.setRowFactory(view -> new HeadingRow());
    }

    /** Shows the table, at the chain's heading when one is given. */
    public void show(IptablesTable table, Optional<IptablesChain> chain) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            Scene scene = new Scene(rows, 1100, 560);
            scene.getStylesheets().add(styleSheet);
            stage.setScene(scene);
        }
        List<IptablesRow> lines = new ArrayList<>();
        for (IptablesChain each : table.chains()) {
            lines.add(new IptablesRow.Heading(each));
            for (int i = 0; i < each.rules().size(); i++) {
                lines.add(new IptablesRow.Rule(each, i + 1, each.rules().get(i)));
            }
        }
        rows.setItems(FXCollections.observableList(lines));
        stage.setTitle("iptables " + table.name().orElse("(unnamed)") + " table — ovnscope");
        stage.show();
        stage.toFront();
        chain.ifPresent(c -> jump(c.name()));
    }

    private void jump(String chainName) {
        for (int i = 0; i < rows.getItems().size(); i++) {
            if (rows.getItems().get(i) instanceof IptablesRow.Heading h && h.chain().name().equals(chainName)) {
                rows.scrollTo(i);
                rows.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    private static String heading(IptablesChain chain) {
        return chain.name() + chain.policy().map(p -> " (policy " + p + ")").orElse("")
                + (chain.declared() ? "" : " (not declared in the output)");
    }

    private static Optional<Counters> counters(IptablesRow row) {
        return row instanceof IptablesRow.Rule r ? r.rule().counters() : row.chain().counters();
    }

    private static TableColumn<IptablesRow, IptablesRow> column(String title, double width,
                                                               Function<IptablesRow, String> text) {
        TableColumn<IptablesRow, IptablesRow> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(IptablesRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        });
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private TableColumn<IptablesRow, IptablesRow> targetColumn() {
        TableColumn<IptablesRow, IptablesRow> column = new TableColumn<>("Jumps to");
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(IptablesRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(null);
                setGraphic(null);
                if (!empty && row instanceof IptablesRow.Rule r && r.rule().target() instanceof RuleTarget.Jump jump) {
                    Hyperlink link = new Hyperlink((jump.goTo() ? "goto " : "") + jump.chain());
                    link.getStyleClass().add("iptables-jump");
                    link.setOnAction(e -> jump(jump.chain()));
                    setGraphic(link);
                }
            }
        });
        column.setPrefWidth(180);
        column.setSortable(false);
        return column;
    }

    /** Sets chain headings apart. */
    private static final class HeadingRow extends TableRow<IptablesRow> {
        @Override
        protected void updateItem(IptablesRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("iptables-heading");
            if (!empty && row instanceof IptablesRow.Heading) {
                getStyleClass().add("iptables-heading");
            }
        }
    }
}
