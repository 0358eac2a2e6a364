package io.ovnscope.core.model.host;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A chain and its rules in order.
 *
 * @param policy     ACCEPT or DROP for a built-in chain; empty for a user chain ({@code -} in iptables-save)
 * @param counters   the policy counters, when printed
 * @param references how many rules jump here, as the listing form prints it ({@code (2 references)})
 * @param declared   false when rules name this chain but its declaration line was not in the output
 *                   (grep'd or elided output)
 */
public record IptablesChain(String name, Optional<String> policy, Optional<Counters> counters,
                            List<IptablesRule> rules, OptionalInt references, boolean declared) {
    public IptablesChain {
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
    }

    public boolean builtIn() {
        return policy.isPresent();
    }
}
