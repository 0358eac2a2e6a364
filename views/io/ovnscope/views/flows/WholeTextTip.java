package io.ovnscope.views.flows;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * The whole of a cut text as its cell's tooltip, made when the pointer first comes over the cell: a tooltip
 * is a popup window's worth of objects, and making one per cell took a sixth of opening the flow table.
 */
final class WholeTextTip {
    private final Control cell;
    private Tooltip tip;
    private String text;

    WholeTextTip(Control cell) {
        this.cell = cell;
        cell.addEventHandler(MouseEvent.MOUSE_ENTERED, entered -> {
            if (tip == null && text != null) {
                tip = new Tooltip(text);
                cell.setTooltip(tip);
            }
        });
    }

    /** The text to show, or null for none (an empty row or a group line). */
    void show(String whole) {
        text = whole;
        if (tip == null) {
            return;
        }
        if (whole == null) {
            cell.setTooltip(null);
            return;
        }
        tip.setText(whole);
        if (cell.getTooltip() != tip) {
            cell.setTooltip(tip);
        }
    }
}
