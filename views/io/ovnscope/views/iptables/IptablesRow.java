package io.ovnscope.views.iptables;

import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesRule;

/** A line of the iptables table: a chain heading, or one of its rules with its place in the chain. */
sealed interface IptablesRow {

    IptablesChain chain();

    record Heading(IptablesChain chain) implements IptablesRow {
    }

    /** @param number the rule's 1-based place in its chain, as {@code iptables -L --line-numbers} counts */
    record Rule(IptablesChain chain, int number, IptablesRule rule) implements IptablesRow {
    }
}
