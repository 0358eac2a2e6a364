package io.ovnscope.core.model.openflow;

/**
 * A field or a bit slice of one, as actions name them: {@code reg0}, {@code NXM_NX_REG0[]},
 * {@code NXM_NX_REG6[0..15]}, {@code NXM_NX_REG0[1]}.
 *
 * @param field the field name as written (NXM/OXM names are kept, not translated)
 * @param start first bit, or null for the whole field
 * @param end   last bit (inclusive), or null for the whole field
 * @param bracketed whether the field was written with brackets ({@code reg0[]} rather than {@code reg0})
 */
public record FieldRef(String field, Integer start, Integer end, boolean bracketed) {

    public static FieldRef whole(String field) {
        return new FieldRef(field, null, null, false);
    }

    public String text() {
        if (!bracketed) {
            return field;
        }
        if (start == null) {
            return field + "[]";
        }
        return start.equals(end) ? field + "[" + start + "]" : field + "[" + start + ".." + end + "]";
    }
}
