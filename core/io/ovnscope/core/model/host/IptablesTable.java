package io.ovnscope.core.model.host;

import java.util.List;
import java.util.Optional;

/**
 * One table ({@code *nat}, {@code *filter}, ...) with its chains in the order they were declared.
 *
 * @param name      the table, or empty when the output did not say (a grep'd iptables-save, or a listing
 *                  whose command line is unknown)
 * @param committed true when iptables-save's {@code COMMIT} closed it; a listing has none
 */
public record IptablesTable(Optional<String> name, List<IptablesChain> chains, boolean committed) {
    public IptablesTable {
        chains = List.copyOf(chains);
    }

    public Optional<IptablesChain> chain(String chainName) {
        return chains.stream().filter(c -> c.name().equals(chainName)).findFirst();
    }

    public List<IptablesRule> rules() {
        return chains.stream().flatMap(c -> c.rules().stream()).toList();
    }
}
