package io.ovnscope.core.trace;

/** Whether a flow's match holds for the packet, or which field the trace cannot evaluate. */
record MatchResult(boolean matched, String unknownField) {
    static final MatchResult MATCH = new MatchResult(true, null);
    static final MatchResult NO_MATCH = new MatchResult(false, null);

    static MatchResult unknown(String field) {
        return new MatchResult(false, field);
    }

    boolean unknown() {
        return unknownField != null;
    }
}
