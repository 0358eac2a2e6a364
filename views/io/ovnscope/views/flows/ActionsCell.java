package io.ovnscope.views.flows;

import io.ovnscope.core.browse.FlowListing;
import io.ovnscope.core.browse.FlowTargets;
import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.FlowPrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A flow's actions, each as ovs-ofctl prints it; those that continue in another table (resubmit, ct(table=N),
 * goto_table) are links that jump there. The pieces are kept and reused from row to row, alternating
 * text and link, since new nodes in a scrolled row must be styled from scratch; the text is cut to what the
 * column could show, the whole of it in the tooltip.
 */
final class ActionsCell extends TableCell<Integer, Integer> {
    private final FlowRowSource rows;
    private final IntConsumer jump;
    /** Text 0, link 0, text 1, link 1, ..., text n: a piece not needed by a flow is hidden. */
    private final HBox pieces = new HBox();
    private final List<Text> texts = new ArrayList<>();
    private final List<Hyperlink> links = new ArrayList<>();
    private final List<Integer> targets = new ArrayList<>();
    private final WholeTextTip whole = new WholeTextTip(this);

    ActionsCell(FlowRowSource rows, IntConsumer jump) {
        this.rows = rows;
        this.jump = jump;
        getStyleClass().add("flow-actions");
        pieces.setAlignment(Pos.CENTER_LEFT);
        pieces.setMinWidth(0);
        // Text does not end in an ellipsis: the column's edge cuts it.
        Rectangle edge = new Rectangle();
        edge.widthProperty().bind(widthProperty());
        edge.heightProperty().bind(heightProperty());
        pieces.setClip(edge);
        texts.add(text());
        pieces.getChildren().add(texts.get(0));
    }

    @Override
    protected void updateItem(Integer position, boolean empty) {
        super.updateItem(position, empty);
        setText(null);
        FlowListing listing = rows.listing();
        if (empty || position == null || listing.isGroup(position)) {
            setGraphic(null);
            whole.show(null);
            return;
        }
        List<Action> actions = listing.flow(position).actions();
        String printed = actions.isEmpty() ? "drop" : FlowPrinter.actions(actions);
        whole.show(printed);
        if (getGraphic() == null) {
            setGraphic(pieces);
        }
        fill(actions, printed);
    }

    private void fill(List<Action> actions, String printed) {
        Filler filler = new Filler(ClippedText.fitting(getTableColumn() == null ? getWidth() : getTableColumn().getWidth()));
        if (actions.stream().noneMatch(action -> FlowTargets.table(action) >= 0)) {
            // Most flows link nowhere: one text, printed once.
            filler.plain(printed);
        } else {
            for (int i = 0; i < actions.size(); i++) {
                String text = FlowPrinter.actions(List.of(actions.get(i))) + (i < actions.size() - 1 ? "," : "");
                int target = FlowTargets.table(actions.get(i));
                if (target < 0) {
                    filler.plain(text);
                } else {
                    filler.link(text, target);
                }
            }
        }
        filler.finish();
    }

    /** Fills the pieces left to right, within a budget of characters. */
    private final class Filler {
        private final StringBuilder plain = new StringBuilder();
        private int budget;
        private int linksUsed;

        Filler(int budget) {
            this.budget = budget;
        }

        void plain(String text) {
            if (budget <= 0) {
                return;
            }
            plain.append(spend(text));
        }

        void link(String text, int target) {
            if (budget <= 0) {
                return;
            }
            String shown = spend(text);
            while (links.size() <= linksUsed) {
                Hyperlink link = new Hyperlink();
                link.getStyleClass().add("flow-jump");
                int index = links.size();
                link.setOnAction(e -> jump.accept(targets.get(index)));
                links.add(link);
                targets.add(-1);
                texts.add(text());
                pieces.getChildren().addAll(link, texts.get(texts.size() - 1));
            }
            show(texts.get(linksUsed), plain.toString());
            plain.setLength(0);
            Hyperlink link = links.get(linksUsed);
            link.setText(shown);
            link.setVisited(false);
            targets.set(linksUsed, target);
            shown(link, true);
            linksUsed++;
        }

        void finish() {
            show(texts.get(linksUsed), plain.toString());
            for (int i = linksUsed; i < links.size(); i++) {
                shown(links.get(i), false);
                show(texts.get(i + 1), "");
            }
        }

        private String spend(String text) {
            if (text.length() <= budget) {
                budget -= text.length();
                return text;
            }
            String start = text.substring(0, budget) + ClippedText.MARK;
            budget = 0;
            return start;
        }
    }

    private static Text text() {
        Text text = new Text();
        text.getStyleClass().add("flow-action-text");
        return text;
    }

    private static void show(Text piece, String text) {
        piece.setText(text);
        shown(piece, !text.isEmpty());
    }

    private static void shown(Node piece, boolean visible) {
        if (piece.isVisible() != visible) {
            piece.setVisible(visible);
            piece.setManaged(visible);
        }
    }
}
