package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.LearnPart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the arguments of learn(): settings of the learned flow, match specs ({@code FIELD[]},
 * {@code DST[]=SRC[]}, {@code DST=VALUE}) and its load:/output: actions, kept apart so they print back.
 */
final class LearnReader {
    private final FieldRefReader fields;

    LearnReader(FieldRefReader fields) {
        this.fields = fields;
    }

    /** The learn() whose arguments are {@code text[from, to)}, or null when it is not one. */
    Action.Learn read(String text, int from, int to) {
        List<LearnPart> parts = new ArrayList<>();
        int at = from;
        while (at < to) {
            int comma = Chars.nextComma(text, at, to);
            if (comma < 0) {
                return null;
            }
            LearnPart part = learnPart(text, Chars.skipBlanks(text, at, comma), Chars.trimEnd(text, at, comma));
            if (part == null) {
                return null;
            }
            parts.add(part);
            at = comma + 1;
        }
        return new Action.Learn(parts);
    }

    private LearnPart learnPart(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        if (Chars.startsWith(text, from, to, "load:")) {
            int arrow = Chars.indexOf(text, "->", from + 5, to);
            FieldRef destination = arrow < 0 ? null : fields.read(text, arrow + 2, to);
            return destination == null ? null : new LearnPart.LoadSpec(text.substring(from + 5, arrow), destination);
        }
        if (Chars.startsWith(text, from, to, "output:")) {
            FieldRef port = fields.read(text, from + 7, to);
            return port == null ? null : new LearnPart.OutputSpec(port);
        }
        int equals = Chars.indexOf(text, "=", from, to);
        String key = equals < 0 ? text.substring(from, to) : text.substring(from, equals);
        if (LearnSettings.isSetting(key)) {
            return new LearnPart.Setting(key, equals < 0 ? null : text.substring(equals + 1, to));
        }
        FieldRef field = fields.read(key, 0, key.length());
        if (field == null) {
            return null;
        }
        return new LearnPart.MatchSpec(field, equals < 0 ? null : text.substring(equals + 1, to));
    }

    /** learn() arguments that set the learned flow's properties instead of its match or actions. */
    private static final class LearnSettings {
        private static final java.util.Set<String> KEYS = java.util.Set.of(
                "table", "priority", "idle_timeout", "hard_timeout", "fin_idle_timeout", "fin_hard_timeout",
                "cookie", "importance", "limit", "result_dst", "send_flow_rem", "delete_learned");

        static boolean isSetting(String key) {
            return KEYS.contains(key.toLowerCase(Locale.ROOT));
        }
    }
}
