package io.ovnscope.views.flows;

import io.ovnscope.core.browse.FlowTargets;
import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowPrinter;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;

/**
 * A flow's actions, each as ovs-ofctl prints it; those that continue in another table (resubmit, ct(table=N),
 * goto_table) are links that jump there.
 */
final class ActionsCell extends TableCell<Integer, Integer> {
    private final FlowRowSource rows;
    private final IntConsumer jump;

    ActionsCell(FlowRowSource rows, IntConsumer jump) {
        this.rows = rows;
        this.jump = jump;
        getStyleClass().add("flow-actions");
    }

    @Override
    protected void updateItem(Integer position, boolean empty) {
        super.updateItem(position, empty);
        setText(null);
        if (empty || position == null || rows.listing().isGroup(position)) {
            setGraphic(null);
            return;
        }
        Flow flow = rows.listing().flow(position);
        if (flow.actions().isEmpty()) {
            setGraphic(null);
            setText("drop");
            return;
        }
        List<Action> actions = flow.actions();
        if (actions.stream().noneMatch(action -> FlowTargets.table(action) >= 0)) {
            // Most flows link nowhere: plain text keeps a page of rows cheap to refill while scrolling.
            setGraphic(null);
            setText(FlowPrinter.actions(actions));
            return;
        }
        HBox pieces = new HBox();
        pieces.setAlignment(Pos.CENTER_LEFT);
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < actions.size(); i++) {
            String text = FlowPrinter.actions(List.of(actions.get(i))) + (i < actions.size() - 1 ? "," : "");
            int target = FlowTargets.table(actions.get(i));
            if (target < 0) {
                plain.append(text);
                continue;
            }
            if (plain.length() > 0) {
                pieces.getChildren().add(new Text(plain.toString()));
                plain.setLength(0);
            }
            Hyperlink link = new Hyperlink(text);
            link.getStyleClass().add("flow-jump");
            link.setOnAction(e -> jump.accept(target));
            pieces.getChildren().add(link);
        }
        if (plain.length() > 0) {
            pieces.getChildren().add(new Text(plain.toString()));
        }
        setGraphic(pieces);
    }
}
