package io.ovnscope.collectors.parse.host;

import io.ovnscope.core.model.host.Counters;
import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.host.IptablesTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Gathers the chains of one table while its lines are read, in the order they first appear. */
final class IptablesTableBuilder {
    private final Optional<String> name;
    private final int line;
    private final Map<String, ChainParts> chains = new LinkedHashMap<>();
    private boolean committed;

    IptablesTableBuilder(Optional<String> name, int line) {
        this.name = name;
        this.line = line;
    }

    Optional<String> name() {
        return name;
    }

    /** The line of the table header, or of the first line read without one. */
    int line() {
        return line;
    }

    boolean committed() {
        return committed;
    }

    void commit() {
        committed = true;
    }

    /** Declares a chain; false when it was already declared (a repeated declaration line). */
    boolean declare(String chain, Optional<String> policy, Optional<Counters> counters, OptionalInt references) {
        ChainParts parts = chains.computeIfAbsent(chain, ChainParts::new);
        boolean first = !parts.declared;
        parts.declared = true;
        parts.policy = policy;
        parts.counters = counters;
        parts.references = references;
        return first;
    }

    /** Adds a rule; true when it is the first rule of a chain not declared before it. */
    boolean addAndTellFirstUndeclared(String chain, IptablesRule rule) {
        ChainParts parts = chains.computeIfAbsent(chain, ChainParts::new);
        parts.rules.add(rule);
        return !parts.declared && parts.rules.size() == 1;
    }

    IptablesTable build() {
        List<IptablesChain> out = new ArrayList<>();
        for (ChainParts parts : chains.values()) {
            out.add(new IptablesChain(parts.name, parts.policy, parts.counters, parts.rules, parts.references,
                    parts.declared));
        }
        return new IptablesTable(name, out, committed);
    }

    /** One chain being filled. */
    private static final class ChainParts {
        private final String name;
        private final List<IptablesRule> rules = new ArrayList<>();
        private boolean declared;
        private Optional<String> policy = Optional.empty();
        private Optional<Counters> counters = Optional.empty();
        private OptionalInt references = OptionalInt.empty();

        ChainParts(String name) {
            this.name = name;
        }
    }
}
