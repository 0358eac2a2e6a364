package io.ovnscope.core.model.ovn.match;

/** The relational operators of OVN's match language. */
public enum Relation {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
