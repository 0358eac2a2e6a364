package io.ovnscope.core.browse.filter;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowPrinter;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Turns a {@link FilterExpr} into a predicate over flows, checking each value against its field once here
 * so that testing a flow does no parsing of the filter. A flow that does not print a number (no counters,
 * no timeout) matches no comparison on it.
 */
final class FilterCompiler {
    private static final String NUMBER_OPS = "one of = != < <= > >= after a number field";

    private FilterCompiler() {
    }

    static Predicate<Flow> compile(FilterExpr expr) throws FilterRefusal {
        if (expr instanceof FilterExpr.And and) {
            Predicate<Flow> left = compile(and.left());
            Predicate<Flow> right = compile(and.right());
            return flow -> left.test(flow) && right.test(flow);
        }
        if (expr instanceof FilterExpr.Or or) {
            Predicate<Flow> left = compile(or.left());
            Predicate<Flow> right = compile(or.right());
            return flow -> left.test(flow) || right.test(flow);
        }
        if (expr instanceof FilterExpr.Not not) {
            Predicate<Flow> inner = compile(not.inner());
            return flow -> !inner.test(flow);
        }
        if (expr instanceof FilterExpr.Present present) {
            return present(present);
        }
        if (expr instanceof FilterExpr.ActionHas has) {
            String name = has.name().toLowerCase(Locale.ROOT);
            return flow -> ActionNames.has(flow.actions(), name);
        }
        if (expr instanceof FilterExpr.ActionText text) {
            String wanted = text.text();
            // Searched in the builder itself: a million flows make a million throwaway strings otherwise.
            return flow -> {
                StringBuilder printed = new StringBuilder(128);
                FlowPrinter.appendActions(printed, flow.actions());
                return printed.indexOf(wanted) >= 0;
            };
        }
        return compare((FilterExpr.Compare) expr);
    }

    private static Predicate<Flow> present(FilterExpr.Present present) throws FilterRefusal {
        String key = present.key();
        if (FlowFields.isFlowKey(key)) {
            throw refuse(present.keyAt(), present.keyAt() + key.length(), "a comparison after '" + key
                    + "' (for example " + key + "=1)", "'" + key + "' alone");
        }
        MatchLookup lookup = lookup(key, present.keyAt());
        return flow -> lookup.find(flow) != null;
    }

    private static Predicate<Flow> compare(FilterExpr.Compare compare) throws FilterRefusal {
        if (compare.key().equals("cookie")) {
            return cookie(compare);
        }
        if (compare.key().equals("duration")) {
            return duration(compare);
        }
        FlowNumber number = FlowNumber.of(compare.key());
        if (number != null) {
            return number(compare, number);
        }
        return MatchTest.compile(lookup(compare.key(), compare.keyAt()), compare);
    }

    private static Predicate<Flow> number(FilterExpr.Compare compare, FlowNumber number) throws FilterRefusal {
        if (compare.op() == FilterOp.OVERLAPS) {
            throw refuse(compare.keyAt() + compare.key().length(), compare.valueAt(), NUMBER_OPS, "'~='");
        }
        long wanted = plainNumber(compare);
        FilterOp op = compare.op();
        return flow -> {
            long value = number.of(flow);
            return value != FlowNumber.ABSENT && holds(op, Long.compare(value, wanted));
        };
    }

    private static Predicate<Flow> cookie(FilterExpr.Compare compare) throws FilterRefusal {
        MaskedValue wanted = MaskedValue.parse(compare.value());
        if (wanted == null || wanted.kind() != MaskedValue.Kind.NUMBER || wanted.high() != 0
                || compare.op() != FilterOp.OVERLAPS && !wanted.plainNumber()) {
            throw refuse(compare.valueAt(), compare.valueAt() + compare.value().length(),
                    compare.op() == FilterOp.OVERLAPS ? "a cookie, or cookie/mask (0x520/0xffff)" : "a cookie (0x520)",
                    "'" + compare.value() + "'");
        }
        long value = wanted.low();
        long mask = wanted.maskLow();
        FilterOp op = compare.op();
        if (op == FilterOp.OVERLAPS) {
            return flow -> ((flow.cookie() ^ value) & mask) == 0;
        }
        return flow -> holds(op, Long.compareUnsigned(flow.cookie(), value));
    }

    private static Predicate<Flow> duration(FilterExpr.Compare compare) throws FilterRefusal {
        double wanted = seconds(compare);
        FilterOp op = compare.op();
        if (op == FilterOp.OVERLAPS) {
            throw refuse(compare.keyAt() + compare.key().length(), compare.valueAt(), NUMBER_OPS, "'~='");
        }
        return flow -> flow.stats().hasDuration() && holds(op, Double.compare(flow.stats().durationSeconds(), wanted));
    }

    private static double seconds(FilterExpr.Compare compare) throws FilterRefusal {
        String text = compare.value().endsWith("s")
                ? compare.value().substring(0, compare.value().length() - 1) : compare.value();
        boolean plain = !text.isEmpty() && text.length() < 20
                && text.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.')
                && text.indexOf('.') == text.lastIndexOf('.') && !text.equals(".");
        if (!plain) {
            throw refuse(compare.valueAt(), compare.valueAt() + compare.value().length(), "seconds (12 or 12.5)",
                    "'" + compare.value() + "'");
        }
        return Double.parseDouble(text);
    }

    private static long plainNumber(FilterExpr.Compare compare) throws FilterRefusal {
        MaskedValue value = MaskedValue.parse(compare.value());
        if (value == null || !value.plainNumber() || value.low() < 0) {
            throw refuse(compare.valueAt(), compare.valueAt() + compare.value().length(),
                    "a whole number after '" + compare.key() + compare.op().text() + "'", "'" + compare.value() + "'");
        }
        return value.low();
    }

    static boolean holds(FilterOp op, int comparison) {
        return switch (op) {
            case EQUALS -> comparison == 0;
            case NOT_EQUALS -> comparison != 0;
            case LESS -> comparison < 0;
            case LESS_OR_EQUAL -> comparison <= 0;
            case GREATER -> comparison > 0;
            case GREATER_OR_EQUAL -> comparison >= 0;
            case OVERLAPS -> false;
        };
    }

    private static MatchLookup lookup(String key, int at) throws FilterRefusal {
        if (!FlowFields.isMatchName(key)) {
            String closest = FlowFields.closest(key);
            String expected = closest == null
                    ? "a field name (table, priority, cookie, n_packets, actions, or a match field such as nw_dst)"
                    : "a field name (did you mean '" + closest + "'?)";
            throw refuse(at, at + key.length(), expected, "'" + key + "'");
        }
        return new MatchLookup(FlowFields.spellings(key));
    }

    static FilterRefusal refuse(int start, int end, String expected, String found) {
        return new FilterRefusal(new FilterError(start, end, expected, found));
    }
}
