package io.ovnscope.views.flows;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The numbers 0 to size-1 as a list: the table's items are row positions, so no object is made per flow
 * until a row scrolls into view.
 */
final class PositionList extends AbstractList<Integer> implements RandomAccess {
    private final int size;

    PositionList(int size) {
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
