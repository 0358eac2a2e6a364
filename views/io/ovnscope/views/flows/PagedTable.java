package io.ovnscope.views.flows;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * A table over a listing of any length that only ever holds the rows on screen: its items are the positions
 * {@code first .. first + rows - 1}, so JavaFX's VirtualFlow, whose work grows with the item count, stays as
 * cheap at a million rows as at a hundred. A scroll bar beside it stands for the whole listing, and the
 * selected position is kept here, so it survives its row scrolling off screen and back.
 */
final class PagedTable {
    private final TableView<Integer> table;
    private final double rowHeight;
    private final WindowPositions items = new WindowPositions();
    private final ScrollBar bar = new ScrollBar();
    private final BorderPane view = new BorderPane();
    private RowWindow window = new RowWindow(0, 0, 0);
    private int selected = -1;
    /** Set while this class changes the table's items or selection, so its own changes are not taken as the user's. */
    private boolean moving;

    PagedTable(TableView<Integer> table, double rowHeight) {
        this.table = table;
        this.rowHeight = rowHeight;
        table.setFixedCellSize(rowHeight);
        table.setItems(items);
        bar.setId("flow-scroll-bar");
        bar.setOrientation(Orientation.VERTICAL);
        bar.setMin(0);
        bar.setUnitIncrement(1);
        bar.valueProperty().addListener((seen, before, now) -> {
            if (!moving) {
                moveTo(window.from((int) Math.round(now.doubleValue())));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((seen, before, now) -> {
            if (!moving) {
                selected = now == null ? -1 : now;
            }
        });
        table.skinProperty().addListener((seen, before, now) -> {
            if (now != null) {
                watchViewport();
            }
        });
        view.setCenter(table);
        view.setRight(bar);
        showBar();
    }

    Parent view() {
        return view;
    }

    RowWindow window() {
        return window;
    }

    /** The selected position of the listing, or -1: kept while its row is off screen. */
    int selected() {
        return selected;
    }

    /**
     * A new listing of {@code total} rows, shown from its top with nothing selected. Its rows may sit at
     * the same positions as the last listing's: the caller refreshes the table so cells read them again.
     */
    void showListing(int total) {
        selected = -1;
        moveTo(new RowWindow(0, window.rows(), total));
    }

    /** Puts {@code position} at the top of the screen (or as near as the listing's end allows). */
    void showFrom(int position) {
        moveTo(window.from(position));
    }

    void scrollBy(int rows) {
        moveTo(window.scrolledBy(rows));
    }

    /** Selects a position, clamped to the listing, and scrolls just enough to show it. */
    void select(int position) {
        if (window.total() == 0) {
            return;
        }
        selected = Math.max(0, Math.min(window.total() - 1, position));
        moveTo(window.revealing(selected));
    }

    private void moveTo(RowWindow next) {
        window = next;
        moving = true;
        try {
            items.show(window);
            if (window.shows(selected)) {
                table.getSelectionModel().clearAndSelect(selected - window.first());
            } else {
                table.getSelectionModel().clearSelection();
            }
            showBar();
        } finally {
            moving = false;
        }
    }

    private void showBar() {
        int maxFirst = window.maxFirst();
        bar.setVisible(maxFirst > 0);
        bar.setManaged(maxFirst > 0);
        bar.setMax(Math.max(1, maxFirst));
        // The thumb is to the track what the screen is to the listing.
        bar.setVisibleAmount(window.total() == 0 ? 1 : Math.max(1, maxFirst) * (double) window.rows() / window.total());
        bar.setBlockIncrement(Math.max(1, window.rows() - 1));
        bar.setValue(window.first());
    }

    /**
     * Follows the height rows can take: the table less its borders, header and horizontal scroll bar. Read
     * off the table, not its VirtualFlow, since the table leaves the flow unsized while it has no rows.
     */
    private void watchViewport() {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
                || !(table.lookup(".column-header-background") instanceof Region header)) {
            return;
        }
        ScrollBar across = null;
        for (Node child : flow.getChildrenUnmodifiable()) {
            if (child instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL) {
                across = scrollBar;
            }
        }
        ScrollBar horizontal = across;
        Runnable fit = () -> fit(header, horizontal);
        table.heightProperty().addListener((seen, before, now) -> fit.run());
        header.heightProperty().addListener((seen, before, now) -> fit.run());
        if (horizontal != null) {
            horizontal.visibleProperty().addListener((seen, before, now) -> fit.run());
        }
        fit.run();
    }

    private void fit(Region header, ScrollBar horizontal) {
        double top = table.snappedTopInset() + header.getHeight();
        double across = horizontal != null && horizontal.isVisible() ? horizontal.prefHeight(-1) : 0;
        double below = table.snappedBottomInset() + across;
        // As the table's skin sizes its rows' area: whole pixels under the header, less the horizontal bar.
        double area = Math.floor(table.getHeight() - top - table.snappedBottomInset()) - across;
        int rows = (int) Math.floor(Math.max(0, area) / rowHeight);
        // The bar spans the rows only, as the table's own would, not its header or horizontal bar.
        Insets margin = new Insets(top, 0, below, 0);
        if (!margin.equals(BorderPane.getMargin(bar))) {
            BorderPane.setMargin(bar, margin);
        }
        if (rows != window.rows()) {
            // A selection made before the table had a size (a jump as the window opens) is shown once it has one.
            boolean keepSelection = selected >= 0 && (window.rows() == 0 || window.shows(selected));
            RowWindow resized = window.resized(rows);
            moveTo(keepSelection ? resized.revealing(selected) : resized);
        }
    }
}
