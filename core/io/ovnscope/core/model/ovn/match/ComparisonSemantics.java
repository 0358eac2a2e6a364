package io.ovnscope.core.model.ovn.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How OVN compares a field with constants. A field the packet lacks makes any comparison false (OVN adds the
 * field's prerequisites, so {@code tcp.dst != 80} also needs {@code tcp}). {@code ==} with a set is true when
 * any member matches; {@code !=} with a set is true when none does.
 */
final class ComparisonSemantics {
    private ComparisonSemantics() {
    }

    static Truth truth(MatchExpression.Comparison comparison, MatchEvaluation evaluation) {
        FieldValue value = evaluation.field(comparison.field());
        if (value instanceof FieldValue.Absent) {
            return Truth.FALSE;
        }
        if (value instanceof FieldValue.Unknown) {
            evaluation.unknown("the packet does not say " + comparison.field());
            return Truth.UNKNOWN;
        }
        List<MatchValue> constants = expand(comparison.values(), evaluation);
        Relation relation = comparison.relation();
        if (relation == Relation.EQ || relation == Relation.NE) {
            Truth any = Truth.FALSE;
            for (MatchValue constant : constants) {
                any = any.or(equal(comparison.field(), value, constant, evaluation));
            }
            if (any == Truth.FALSE && unresolved(comparison.values(), evaluation)) {
                any = Truth.UNKNOWN;
            }
            return relation == Relation.EQ ? any : any.not();
        }
        return order(comparison, value, constants, evaluation);
    }

    private static boolean unresolved(List<MatchValue> values, MatchEvaluation evaluation) {
        for (MatchValue value : values) {
            if (value instanceof MatchValue.SetReference ref
                    && evaluation.sets().members(ref.sigil(), ref.name()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<MatchValue> expand(List<MatchValue> values, MatchEvaluation evaluation) {
        List<MatchValue> constants = new ArrayList<>();
        for (MatchValue value : values) {
            if (value instanceof MatchValue.SetReference ref) {
                Optional<List<String>> members = evaluation.sets().members(ref.sigil(), ref.name());
                if (members.isEmpty()) {
                    evaluation.unknown("the set " + ref.sigil() + ref.name() + " is not in the snapshot");
                    continue;
                }
                for (String member : members.get()) {
                    constants.add(MatchValue.constant(member).orElse(new MatchValue.StringValue(member)));
                }
            } else {
                constants.add(value);
            }
        }
        return constants;
    }

    private static Truth equal(String field, FieldValue value, MatchValue constant, MatchEvaluation evaluation) {
        if (value instanceof FieldValue.Address address && constant instanceof MatchValue.PrefixValue prefix) {
            return Truth.of(prefix.prefix().contains(address.address()));
        }
        if (value instanceof FieldValue.Mac mac && constant instanceof MatchValue.MacValue other) {
            return Truth.of(mac.mac().equals(other.mac()));
        }
        if (value instanceof FieldValue.Number number && constant instanceof MatchValue.NumberValue other) {
            return Truth.of(number.value() == other.value());
        }
        if (value instanceof FieldValue.Text text && constant instanceof MatchValue.StringValue other) {
            return Truth.of(text.text().equals(other.text()));
        }
        if (value instanceof FieldValue.Flag flag && constant instanceof MatchValue.NumberValue other) {
            return Truth.of((flag.set() ? 1 : 0) == other.value());
        }
        evaluation.unknown("cannot compare " + field + " (" + kind(value) + ") with " + describe(constant));
        return Truth.UNKNOWN;
    }

    private static Truth order(MatchExpression.Comparison comparison, FieldValue value, List<MatchValue> constants,
                               MatchEvaluation evaluation) {
        if (constants.size() != 1 || !(value instanceof FieldValue.Number number)
                || !(constants.get(0) instanceof MatchValue.NumberValue bound)) {
            evaluation.unknown("cannot order " + comparison.field() + " " + comparison.relation().symbol() + " "
                    + comparison.values() + ": only a number field against one number can be ordered");
            return Truth.UNKNOWN;
        }
        long a = number.value();
        long b = bound.value();
        return Truth.of(switch (comparison.relation()) {
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            default -> false;
        });
    }

    private static String kind(FieldValue value) {
        return value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String describe(MatchValue constant) {
        if (constant instanceof MatchValue.PrefixValue p) {
            return "address " + p.prefix();
        }
        if (constant instanceof MatchValue.MacValue m) {
            return "MAC " + m.mac();
        }
        if (constant instanceof MatchValue.NumberValue n) {
            return "number " + n.value();
        }
        if (constant instanceof MatchValue.StringValue s) {
            return "string \"" + s.text() + "\"";
        }
        return constant.toString();
    }
}
