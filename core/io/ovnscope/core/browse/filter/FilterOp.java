package io.ovnscope.core.browse.filter;

/** The comparisons a filter term can make, with their spelling. */
public enum FilterOp {
    EQUALS("="),
    NOT_EQUALS("!="),
    LESS("<"),
    LESS_OR_EQUAL("<="),
    GREATER(">"),
    GREATER_OR_EQUAL(">="),
    /**
     * The two sides share at least one value: an address inside a prefix or a prefix holding an address,
     * bits equal under both masks, or (for flag fields such as ct_state) every written flag present.
     */
    OVERLAPS("~=");

    private final String text;

    FilterOp(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
