package io.ovnscope.views.flows;

import io.ovnscope.core.browse.FlowListing;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.MatchField;
import javafx.scene.control.TableCell;

/** A flow's match, cut to the column's width, whole in the tooltip; blank on a group line. */
final class MatchCell extends TableCell<Integer, Integer> {
    private final FlowRowSource rows;
    private final WholeTextTip whole = new WholeTextTip(this);
    private String text;

    MatchCell(FlowRowSource rows) {
        this.rows = rows;
        // A wider column shows more of the match: cut it again from the whole text.
        widthProperty().addListener((seen, before, now) -> {
            if (text != null) {
                setText(ClippedText.cut(text, now.doubleValue()));
            }
        });
    }

    @Override
    protected void updateItem(Integer position, boolean empty) {
        super.updateItem(position, empty);
        FlowListing listing = rows.listing();
        if (empty || position == null || listing.isGroup(position)) {
            text = null;
            setText(null);
            whole.show(null);
            return;
        }
        text = matchText(listing.flow(position));
        setText(ClippedText.cut(text, columnWidth()));
        whole.show(text);
    }

    private double columnWidth() {
        return getTableColumn() == null ? getWidth() : getTableColumn().getWidth();
    }

    private static String matchText(Flow flow) {
        if (flow.match().isEmpty()) {
            return "(any)";
        }
        StringBuilder text = new StringBuilder();
        for (MatchField field : flow.match()) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(field.text());
        }
        return text.toString();
    }
}
