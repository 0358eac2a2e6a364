package io.ovnscope.core.trace;

import java.util.Objects;

/**
 * What decided a step: a line of a command's output or an object of the northbound database, written the way
 * the seed's evidence blocks show it.
 *
 * @param source the command whose output holds it ({@code iptables-save -t nat}, {@code ovn-nbctl lr-route-list
 *               GR_node}), so a reader can run it and find the same line
 * @param line   the 1-based line in that output as collected, or 0 when it is a database object
 * @param text   the rule, route, policy, flow or load balancer as text
 */
public record Evidence(String source, int line, String text) {
    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }
}
