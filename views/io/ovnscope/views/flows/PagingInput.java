package io.ovnscope.views.flows;

import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The wheel, trackpad and navigation keys of a {@link PagedTable}: the table itself holds only the rows on
 * screen, so it cannot scroll or move its selection past them; this moves the window over the listing instead.
 */
final class PagingInput {
    private final PagedTable paged;
    private final double rowHeight;
    /** Wheel and trackpad distance not yet a whole row: small trackpad steps add up instead of being lost. */
    private double pendingPixels;

    private PagingInput(PagedTable paged, double rowHeight) {
        this.paged = paged;
        this.rowHeight = rowHeight;
    }

    /** Scrolls {@code paged} by wheel over {@code area} and by keys pressed in {@code keys}. */
    static void attach(PagedTable paged, double rowHeight, Node area, Node keys) {
        PagingInput input = new PagingInput(paged, rowHeight);
        // A filter, and the event is not consumed: the table still scrolls sideways with the horizontal part.
        area.addEventFilter(ScrollEvent.SCROLL, input::scrolled);
        keys.addEventFilter(KeyEvent.KEY_PRESSED, input::pressed);
    }

    private void scrolled(ScrollEvent scroll) {
        pendingPixels += scroll.getDeltaY();
        int rows = (int) (pendingPixels / rowHeight);
        pendingPixels -= rows * rowHeight;
        if (rows != 0) {
            paged.scrollBy(-rows);
        }
    }

    private void pressed(KeyEvent key) {
        int selected = paged.selected();
        RowWindow window = paged.window();
        int page = Math.max(1, window.rows() - 1);
        switch (key.getCode()) {
            case UP -> paged.select(selected < 0 ? window.first() : selected - 1);
            case DOWN -> paged.select(selected < 0 ? window.first() : selected + 1);
            case PAGE_UP -> page(-page, selected);
            case PAGE_DOWN -> page(page, selected);
            case HOME -> paged.select(0);
            case END -> paged.select(window.total() - 1);
            default -> {
                return;
            }
        }
        key.consume();
    }

    /** A page up or down keeps the selection on the same line of the screen, as a table's own paging does. */
    private void page(int rows, int selected) {
        paged.scrollBy(rows);
        if (selected >= 0) {
            paged.select(selected + rows);
        }
    }
}
