package io.ovnscope.core.browse.filter;

/**
 * A parsed filter as a tree. Leaves keep where they were written so a value that does not fit its field
 * can be pointed at.
 */
public sealed interface FilterExpr {

    record And(FilterExpr left, FilterExpr right) implements FilterExpr {
    }

    record Or(FilterExpr left, FilterExpr right) implements FilterExpr {
    }

    record Not(FilterExpr inner) implements FilterExpr {
    }

    /** {@code key op value}, e.g. {@code nw_dst~=10.43.0.0/16}; positions are 0-based character indexes. */
    record Compare(String key, int keyAt, FilterOp op, String value, int valueAt) implements FilterExpr {
    }

    /** A bare field name: the flow matches on it at all ({@code tcp}, {@code ct_state}). */
    record Present(String key, int keyAt) implements FilterExpr {
    }

    /** {@code actions has NAME}: an action of that name, also inside clone() and ct(exec()). */
    record ActionHas(String name, int nameAt) implements FilterExpr {
    }

    /** {@code actions~="text"}: the printed actions contain the text. */
    record ActionText(String text, int textAt) implements FilterExpr {
    }
}
