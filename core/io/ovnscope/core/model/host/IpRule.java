package io.ovnscope.core.model.host;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One policy routing rule of {@code ip rule} ({@code 2000: from all to 22.100.0.0/16 lookup 1010}).
 *
 * @param negated    {@code not}: the rule applies to packets that do NOT match its selector
 * @param from       the source selector ({@code all} or a prefix)
 * @param action     {@code lookup}, {@code goto}, {@code blackhole}, {@code unreachable}, {@code prohibit}, {@code nop}
 * @param table      the table of a {@code lookup}, or the priority of a {@code goto}
 * @param attributes other selectors and options as printed ({@code ipproto}, {@code dport}, {@code proto}...)
 */
public record IpRule(int line, int priority, boolean negated, String from, Optional<String> to,
                     Optional<String> inputInterface, Optional<String> outputInterface, Optional<String> fwmark,
                     String action, Optional<String> table, Map<String, String> attributes) {
    public IpRule {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        attributes = Map.copyOf(attributes);
    }
}
