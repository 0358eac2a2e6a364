package io.ovnscope.core.model.openflow;

/** One argument of a learn(...) action: a setting of the learned flow, or a spec of its match or actions. */
public sealed interface LearnPart {

    String text();

    /** table=, priority=, idle_timeout=, hard_timeout=, cookie=, fin_*, limit=, result_dst=, bare flags. */
    record Setting(String key, String value) implements LearnPart {
        @Override
        public String text() {
            return value == null ? key : key + "=" + value;
        }
    }

    /**
     * A match spec of the learned flow: {@code NXM_OF_VLAN_TCI[0..11]} (same field of this packet), or
     * {@code dst=src} where src is a field or an immediate value.
     */
    record MatchSpec(FieldRef field, String source) implements LearnPart {
        @Override
        public String text() {
            return source == null ? field.text() : field.text() + "=" + source;
        }
    }

    /** {@code load:SRC->DST} in the learned flow's actions; SRC is a field or a value. */
    record LoadSpec(String source, FieldRef destination) implements LearnPart {
        @Override
        public String text() {
            return "load:" + source + "->" + destination.text();
        }
    }

    /** {@code output:FIELD} in the learned flow's actions. */
    record OutputSpec(FieldRef port) implements LearnPart {
        @Override
        public String text() {
            return "output:" + port.text();
        }
    }
}
