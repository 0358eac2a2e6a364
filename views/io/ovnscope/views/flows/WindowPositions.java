package io.ovnscope.views.flows;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The listing positions a {@link RowWindow} shows, as a table's items. A move of the window is told as an
 * update of every row, not a replacement: a replacement makes the table rebuild its rows (each goes empty and
 * back, and restyles), while an update lets each row keep its place and only refill its cells.
 */
final class WindowPositions extends ObservableListBase<Integer> {
    private int first;
    private int size;

    /** Shows the window's rows: same-count moves are updates, a change of count adds or removes at the end. */
    void show(RowWindow window) {
        int newSize = window.end() - window.first();
        if (window.first() == first && newSize == size) {
            return;
        }
        int oldSize = size;
        int oldFirst = first;
        first = window.first();
        size = newSize;
        beginChange();
        int kept = Math.min(oldSize, newSize);
        if (oldFirst != first) {
            for (int row = 0; row < kept; row++) {
                nextUpdate(row);
            }
        }
        if (newSize > oldSize) {
            nextAdd(oldSize, newSize);
        } else if (newSize < oldSize) {
            List<Integer> removed = new ArrayList<>(oldSize - newSize);
            for (int row = newSize; row < oldSize; row++) {
                removed.add(oldFirst + row);
            }
            nextRemove(newSize, removed);
        }
        endChange();
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return first + index;
    }

    @Override
    public int size() {
        return size;
    }
}
