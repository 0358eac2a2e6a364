package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.core.model.openflow.FieldRef;

/** Reads {@code NXM_NX_REG6[0..15]}, {@code reg0[]}, {@code NXM_NX_REG0[1]} or a bare field name. */
final class FieldRefReader {
    private final NameTable names;
    /** The same few dozen fields and slices recur in every flow: one object each. */
    private final RegionCache<FieldRef> known = new RegionCache<>(4096, 48);

    FieldRefReader(NameTable names) {
        this.names = names;
    }

    /** The field, or null when the text is not one. */
    FieldRef read(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        int hash = to - from <= 48 ? RegionCache.hash(text, from, to) : 0;
        FieldRef cached = known.get(text, from, to, hash);
        if (cached != null) {
            return cached;
        }
        FieldRef field = parse(text, from, to);
        if (field != null) {
            known.put(text, from, to, hash, field);
        }
        return field;
    }

    private FieldRef parse(String text, int from, int to) {
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '[') {
                open = i;
                break;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                return null;
            }
        }
        if (open < 0) {
            return FieldRef.whole(names.get(text, from, to));
        }
        if (open == from || text.charAt(to - 1) != ']') {
            return null;
        }
        String field = names.get(text, from, open);
        int inner = open + 1;
        int close = to - 1;
        if (inner == close) {
            return new FieldRef(field, null, null, true);
        }
        int dots = Chars.indexOf(text, "..", inner, close);
        int start = Chars.smallNumber(text, inner, dots < 0 ? close : dots);
        int end = dots < 0 ? start : Chars.smallNumber(text, dots + 2, close);
        if (start < 0 || end < start) {
            return null;
        }
        return new FieldRef(field, start, end, true);
    }
}
