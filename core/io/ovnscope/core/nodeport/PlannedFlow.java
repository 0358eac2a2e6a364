package io.ovnscope.core.nodeport;

/**
 * One flow of the NodePort set, as {@code ovs-ofctl add-flow} takes it.
 *
 * @param text     the whole flow as sent ({@code table=5, cookie=0x520,priority=210,... actions=...}), spelled as
 *                 the seed spells it so that the seed's lines and ours can be compared byte for byte
 * @param cookie   the flow's cookie
 * @param table    its table
 * @param priority its priority
 * @param match    the match fields after the priority, as sent (empty: matches everything)
 * @param actions  the actions, as sent
 */
public record PlannedFlow(String text, long cookie, int table, int priority, String match, String actions) {
    /**
     * The line of an {@code add-flows} file that deletes exactly this flow and nothing else: strict (same
     * priority, same match) and under the full cookie mask, so a flow of another owner stays.
     */
    public String strictDeleteLine() {
        return "delete_strict table=" + table + ",cookie=" + NodePortInput.hex(cookie) + "/-1,priority=" + priority
                + (match.isEmpty() ? "" : "," + match);
    }
}
