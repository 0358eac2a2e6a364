package io.ovnscope.core.model.ovn.match;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed OVN match ({@code inport == "rtos-x" && ip4.dst == 192.168.122.14}). Build one with
 * {@link OvnMatch#parse(String)}; evaluate it against a packet with {@link #evaluate(PacketView, AddressSetLookup)}.
 */
public sealed interface MatchExpression {

    /** Whether the packet matches; unknown (with reasons) where the packet or the sets do not tell. */
    default MatchOutcome evaluate(PacketView packet, AddressSetLookup sets) {
        MatchEvaluation evaluation = new MatchEvaluation(packet, sets);
        Truth truth = truth(evaluation);
        return new MatchOutcome(truth, evaluation.unknowns());
    }

    Truth truth(MatchEvaluation evaluation);

    record And(List<MatchExpression> terms) implements MatchExpression {
        public And {
            terms = List.copyOf(terms);
        }

        @Override
        public Truth truth(MatchEvaluation evaluation) {
            Truth result = Truth.TRUE;
            for (MatchExpression term : terms) {
                result = result.and(term.truth(evaluation));
            }
            return result;
        }

        @Override
        public String toString() {
            return terms.stream().map(t -> t instanceof Or ? "(" + t + ")" : t.toString())
                    .collect(Collectors.joining(" && "));
        }
    }

    record Or(List<MatchExpression> terms) implements MatchExpression {
        public Or {
            terms = List.copyOf(terms);
        }

        @Override
        public Truth truth(MatchEvaluation evaluation) {
            Truth result = Truth.FALSE;
            for (MatchExpression term : terms) {
                result = result.or(term.truth(evaluation));
            }
            return result;
        }

        @Override
        public String toString() {
            return terms.stream().map(MatchExpression::toString).collect(Collectors.joining(" || "));
        }
    }

    record Not(MatchExpression term) implements MatchExpression {
        @Override
        public Truth truth(MatchEvaluation evaluation) {
            return term.truth(evaluation).not();
        }

        @Override
        public String toString() {
            return "!(" + term + ")";
        }
    }

    /** {@code 1} or {@code 0} written as a whole match. */
    record Constant(boolean value) implements MatchExpression {
        @Override
        public Truth truth(MatchEvaluation evaluation) {
            return Truth.of(value);
        }

        @Override
        public String toString() {
            return value ? "1" : "0";
        }
    }

    /** A field used bare: {@code ip4}, {@code tcp}, {@code ct.est}. */
    record FieldTest(String field) implements MatchExpression {
        @Override
        public Truth truth(MatchEvaluation evaluation) {
            FieldValue value = evaluation.field(field);
            if (value instanceof FieldValue.Flag flag) {
                return Truth.of(flag.set());
            }
            if (value instanceof FieldValue.Absent) {
                return Truth.FALSE;
            }
            evaluation.unknown("the packet does not say whether it is " + field);
            return Truth.UNKNOWN;
        }

        @Override
        public String toString() {
            return field;
        }
    }

    /** {@code field op value} or {@code field op {v1, v2, $set}}. */
    record Comparison(String field, Relation relation, List<MatchValue> values) implements MatchExpression {
        public Comparison {
            values = List.copyOf(values);
        }

        @Override
        public Truth truth(MatchEvaluation evaluation) {
            return ComparisonSemantics.truth(this, evaluation);
        }

        @Override
        public String toString() {
            return field + " " + relation.symbol() + " " + values;
        }
    }
}
