package io.ovnscope.core.nodeport;

import java.util.Locale;
import java.util.Optional;

/**
 * The OpenFlow tables the NodePort flow set uses, named as seed 000 names their variables, with the seed's
 * numbers. The first seven hold NodePort flows of their own; the others are the Antrea pipeline's tables the
 * set hooks into or jumps to.
 */
public enum NodePortTable {
    UPLINK("UplinkTable", 5),
    FILTER_IP("NodePortFilterTable1", 6),
    FILTER_PORT("NodePortFilterTable2", 7),
    DNAT("DnatTable", 8),
    POST_DNAT("PostDnatTable", 9),
    SNAT("SnatTable", 11),
    POST_SNAT("PostSnatTable", 12),
    CONNTRACK("conntrackTable", 30),
    CONNTRACK_STATE("conntrackStateTable", 31),
    SERVICE_DNAT("SVCDnatTable", 40),
    SERVICE_LB("serviceLBTable", 41),
    L2_FORWARDING_OUT("L2ForwardingOutTable", 110);

    private final String seedName;
    private final int seedNumber;

    NodePortTable(String seedName, int seedNumber) {
        this.seedName = seedName;
        this.seedNumber = seedNumber;
    }

    public String seedName() {
        return seedName;
    }

    public int seedNumber() {
        return seedNumber;
    }

    /** The table a user means by {@code name}: the seed's variable name, in any case. */
    public static Optional<NodePortTable> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (NodePortTable table : values()) {
            if (table.seedName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }
}
