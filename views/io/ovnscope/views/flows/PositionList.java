package io.ovnscope.views.flows;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The numbers 0 to size-1 as a list: a table's or list's items are row positions, so no object is made per row
 * until it scrolls into view.
 */
public final class PositionList extends AbstractList<Integer> implements RandomAccess {
    private final int size;

    public PositionList(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
