package io.ovnscope.core.model.host;

import java.util.List;
import java.util.Optional;

/** What an iptables rule does when all its matches hold ({@code -j} / {@code -g}), as data. */
public sealed interface RuleTarget {

    /** A rule with no target: it only counts packets, which go on to the next rule. */
    record CountOnly() implements RuleTarget {
    }

    /** ACCEPT, DROP or RETURN. */
    record Verdict(VerdictKind kind) implements RuleTarget {
    }

    /** {@code -j REJECT [--reject-with type]}. */
    record Reject(Optional<String> rejectWith) implements RuleTarget {
    }

    /** {@code -j CHAIN} (returns here afterwards) or, with {@code goTo}, {@code -g CHAIN} (does not). */
    record Jump(String chain, boolean goTo) implements RuleTarget {
    }

    /** {@code -j DNAT --to-destination ...}. */
    record Dnat(List<NatRange> to, List<String> flags) implements RuleTarget {
        public Dnat {
            to = List.copyOf(to);
            flags = List.copyOf(flags);
        }
    }

    /** {@code -j SNAT --to-source ...} with flags such as {@code random}, {@code random-fully}, {@code persistent}. */
    record Snat(List<NatRange> to, List<String> flags) implements RuleTarget {
        public Snat {
            to = List.copyOf(to);
            flags = List.copyOf(flags);
        }
    }

    /** {@code -j MASQUERADE [--to-ports p[-q]] [--random] [--random-fully]}: SNAT to the outgoing interface's address. */
    record Masquerade(Optional<PortRange> toPorts, List<String> flags) implements RuleTarget {
        public Masquerade {
            flags = List.copyOf(flags);
        }
    }

    /** {@code -j REDIRECT --to-ports p}: DNAT to this host. */
    record Redirect(Optional<PortRange> toPorts, List<String> flags) implements RuleTarget {
        public Redirect {
            flags = List.copyOf(flags);
        }
    }

    /** {@code -j MARK --set-xmark v/m}, {@code --set-mark}, {@code --and-mark}, {@code --or-mark}, {@code --xor-mark}. */
    record SetMark(MarkOperation operation, long value, long mask) implements RuleTarget {
        /** The packet mark after this target: {@code (mark & ~mask) ^ value}, as the kernel computes it. */
        public long apply(long mark) {
            return (mark & ~mask) ^ value;
        }
    }

    /** A target ovnscope does not model (CONNMARK, LOG, CT, ...), kept as printed. */
    record Other(String name, List<String> arguments) implements RuleTarget {
        public Other {
            arguments = List.copyOf(arguments);
        }
    }
}
