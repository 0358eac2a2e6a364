package io.ovnscope.core.browse.filter;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.MatchField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A comparison against one match field. Values compare as bits under masks when both sides read as an
 * address, MAC or number; otherwise as text without case (port names, {@code LOCAL}). {@code !=} is the
 * opposite of {@code =}, so a flow without the field passes it; the other comparisons need the field.
 */
final class MatchTest {
    private MatchTest() {
    }

    static Predicate<Flow> compile(MatchLookup lookup, FilterExpr.Compare compare) throws FilterRefusal {
        String value = compare.value();
        return switch (compare.op()) {
            case OVERLAPS -> overlaps(lookup, compare);
            case EQUALS -> equalsTest(lookup, value);
            case NOT_EQUALS -> equalsTest(lookup, value).negate();
            default -> ordering(lookup, compare);
        };
    }

    private static Predicate<Flow> equalsTest(MatchLookup lookup, String value) {
        MaskedValue wanted = MaskedValue.parse(value);
        String text = unquoted(value);
        return flow -> {
            MatchField field = lookup.find(flow);
            if (field == null || field.value() == null) {
                return false;
            }
            if (wanted != null) {
                MaskedValue actual = MaskedValue.parse(field.value(), field.mask());
                if (actual != null) {
                    return actual.sameAs(wanted);
                }
            }
            return written(field).equalsIgnoreCase(text);
        };
    }

    private static Predicate<Flow> overlaps(MatchLookup lookup, FilterExpr.Compare compare) throws FilterRefusal {
        String value = compare.value();
        if (value.startsWith("+") || value.startsWith("-")) {
            return flags(lookup, compare);
        }
        MaskedValue wanted = MaskedValue.parse(value);
        if (wanted == null) {
            throw FilterCompiler.refuse(compare.valueAt(), compare.valueAt() + value.length(),
                    "an address, prefix, MAC or number, with an optional /mask, after '~='", "'" + value + "'");
        }
        return flow -> {
            MatchField field = lookup.find(flow);
            if (field == null || field.value() == null) {
                return false;
            }
            MaskedValue actual = MaskedValue.parse(field.value(), field.mask());
            return actual != null && actual.overlaps(wanted);
        };
    }

    /** {@code ct_state~=+trk-est}: every written flag is written the same way in the flow's value. */
    private static Predicate<Flow> flags(MatchLookup lookup, FilterExpr.Compare compare) throws FilterRefusal {
        String[] wanted = splitFlags(compare.value());
        if (wanted == null) {
            throw FilterCompiler.refuse(compare.valueAt(), compare.valueAt() + compare.value().length(),
                    "flags such as +trk-est after '~='", "'" + compare.value() + "'");
        }
        return flow -> {
            MatchField field = lookup.find(flow);
            if (field == null || field.value() == null) {
                return false;
            }
            String[] actual = splitFlags(field.value());
            if (actual == null) {
                return false;
            }
            for (String flag : wanted) {
                if (!contains(actual, flag)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Predicate<Flow> ordering(MatchLookup lookup, FilterExpr.Compare compare) throws FilterRefusal {
        MaskedValue wanted = MaskedValue.parse(compare.value());
        if (wanted == null || !wanted.plainNumber()) {
            throw FilterCompiler.refuse(compare.valueAt(), compare.valueAt() + compare.value().length(),
                    "a number after '" + compare.op().text() + "'", "'" + compare.value() + "'");
        }
        FilterOp op = compare.op();
        long number = wanted.low();
        return flow -> {
            MatchField field = lookup.find(flow);
            if (field == null || field.value() == null || field.mask() != null) {
                return false;
            }
            MaskedValue actual = MaskedValue.parse(field.value(), null);
            return actual != null && actual.plainNumber()
                    && FilterCompiler.holds(op, Long.compareUnsigned(actual.low(), number));
        };
    }

    /** "+trk-est" into {"+trk", "-est"}; null when the text is not such a list. */
    private static String[] splitFlags(String text) {
        if (text.isEmpty() || text.charAt(0) != '+' && text.charAt(0) != '-') {
            return null;
        }
        List<String> flags = new ArrayList<>(4);
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '+' || text.charAt(i) == '-') {
                if (i - start < 2) {
                    return null;
                }
                flags.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        return flags.toArray(String[]::new);
    }

    private static boolean contains(String[] flags, String flag) {
        for (String candidate : flags) {
            if (candidate.equals(flag)) {
                return true;
            }
        }
        return false;
    }

    private static String written(MatchField field) {
        String value = unquoted(field.value());
        return field.mask() == null ? value : value + "/" + field.mask();
    }

    private static String unquoted(String text) {
        return text.length() >= 2 && text.charAt(0) == '"' && text.charAt(text.length() - 1) == '"'
                ? text.substring(1, text.length() - 1) : text;
    }
}
