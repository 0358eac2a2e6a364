package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.Nat;

import java.util.List;

/** Reads the arguments of ct(): commit, force, table=, zone= (number or field slice), nat(...), exec(...), alg=. */
final class CtReader {
    private final FieldRefReader fields;
    private final NatReader nats = new NatReader();

    /** Reads the action list inside exec(...): the action parser itself, one level deeper. */
    @FunctionalInterface
    interface ExecReader {
        List<Action> read(String text, int from, int to);
    }

    CtReader(FieldRefReader fields) {
        this.fields = fields;
    }

    /** The ct() whose arguments are {@code text[from, to)}, or null when it is not one. */
    Action.Ct read(String text, int from, int to, ExecReader execReader) {
        boolean commit = false;
        boolean force = false;
        Integer table = null;
        Long zone = null;
        FieldRef zoneField = null;
        Nat nat = null;
        List<Action> exec = null;
        String alg = null;
        int at = from;
        while (at < to) {
            int comma = Chars.nextComma(text, at, to);
            if (comma < 0) {
                return null;
            }
            int start = Chars.skipBlanks(text, at, comma);
            int end = Chars.trimEnd(text, start, comma);
            if (Chars.startsWith(text, start, end, "commit") && end - start == 6) {
                commit = true;
            } else if (Chars.startsWith(text, start, end, "force") && end - start == 5) {
                force = true;
            } else if (Chars.startsWith(text, start, end, "table=")) {
                int number = Chars.smallNumber(text, start + 6, end);
                if (number < 0 || number > 255) {
                    return null;
                }
                table = number;
            } else if (Chars.startsWith(text, start, end, "zone=")) {
                long number = Chars.number(text, start + 5, end);
                if (number >= 0 && number <= 65535) {
                    zone = number;
                } else {
                    zoneField = fields.read(text, start + 5, end);
                    if (zoneField == null || !zoneField.bracketed()) {
                        return null;
                    }
                }
            } else if (Chars.startsWith(text, start, end, "nat")) {
                if (end - start == 3) {
                    nat = nats.read(text, end, end);
                } else if (text.charAt(start + 3) == '(' && text.charAt(end - 1) == ')') {
                    nat = nats.read(text, start + 4, end - 1);
                }
                if (nat == null) {
                    return null;
                }
            } else if (Chars.startsWith(text, start, end, "exec(") && text.charAt(end - 1) == ')') {
                exec = execReader.read(text, start + 5, end - 1);
            } else if (Chars.startsWith(text, start, end, "alg=")) {
                alg = text.substring(start + 4, end);
            } else {
                return null;
            }
            at = comma + 1;
        }
        return new Action.Ct(commit, force, table, zone, zoneField, nat, exec, alg);
    }
}
