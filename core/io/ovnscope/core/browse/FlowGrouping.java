package io.ovnscope.core.browse;

/** How a flow listing orders and groups its rows. */
public enum FlowGrouping {
    /** Dump order, no group lines. */
    NONE("no grouping"),
    /** By table, highest priority first inside each: the order the switch tries them. */
    TABLE("by table"),
    /** By cookie (OVN: one logical flow each), then table and priority. */
    COOKIE("by cookie");

    private final String label;

    FlowGrouping(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
