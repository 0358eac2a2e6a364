package io.ovnscope.core.model.host;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of a chain: all of its matches must hold for its target to apply.
 *
 * @param line     1-based line of the raw output it came from (evidence for the trace)
 * @param counters the rule's {@code [packets:bytes]} when printed ({@code iptables-save -c} or the listing)
 * @param text     the rule as printed, for showing it back to the user
 */
public record IptablesRule(int line, Optional<Counters> counters, List<RuleMatch> matches, RuleTarget target,
                           String text) {
    public IptablesRule {
        matches = List.copyOf(matches);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(text, "text");
    }

    /** The matches of one kind, in rule order. */
    public <M extends RuleMatch> List<M> matches(Class<M> kind) {
        return matches.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The rule's comment, if it has one. */
    public Optional<String> comment() {
        return matches(RuleMatch.Comment.class).stream().map(RuleMatch.Comment::text).findFirst();
    }
}
