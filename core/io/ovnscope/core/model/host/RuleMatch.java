package io.ovnscope.core.model.host;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One condition of an iptables rule, as data. Each carries its own {@code !} negation. Options ovnscope does
 * not model stay as {@link Raw}, so nothing of the rule is lost and the parser can say what it skipped.
 */
public sealed interface RuleMatch {
    boolean negated();

    /** {@code -s} / {@code -d}: an address or CIDR as printed (iptables-save prints {@code /32} on hosts). */
    record Address(Direction direction, boolean negated, String prefix) implements RuleMatch {
        public Address {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(prefix, "prefix");
        }
    }

    /** {@code -i} / {@code -o}; a name ending in {@code +} matches every interface with that prefix. */
    record Interface(InterfaceDirection direction, boolean negated, String name) implements RuleMatch {
        public boolean matches(String interfaceName) {
            boolean hit = name.endsWith("+")
                    ? interfaceName.startsWith(name.substring(0, name.length() - 1))
                    : interfaceName.equals(name);
            return hit != negated;
        }
    }

    /** {@code -p}: a protocol name or number ({@code tcp}, {@code 6}, {@code all}). */
    record Protocol(boolean negated, String protocol) implements RuleMatch {
    }

    /** {@code --dport} / {@code --sport} of the tcp, udp or sctp match. */
    record Port(Direction direction, boolean negated, PortRange range) implements RuleMatch {
    }

    /** {@code -m multiport --dports/--sports/--ports a,b:c}. */
    record Multiport(Direction direction, boolean negated, List<PortRange> ranges) implements RuleMatch {
        public Multiport {
            ranges = List.copyOf(ranges);
        }
    }

    /** {@code -m addrtype --src-type/--dst-type LOCAL[,UNICAST]}. */
    record AddressType(Direction direction, boolean negated, List<String> types) implements RuleMatch {
        public AddressType {
            types = List.copyOf(types);
        }
    }

    /** {@code -m comment --comment text}, quotes removed. A comment never negates. */
    record Comment(String text) implements RuleMatch {
        @Override
        public boolean negated() {
            return false;
        }
    }

    /** {@code -m mark --mark v[/m]} or, with {@code connection}, {@code -m connmark --mark v[/m]}. */
    record Mark(boolean connection, boolean negated, long value, long mask) implements RuleMatch {
        public boolean matches(long packetMark) {
            return ((packetMark & mask) == value) != negated;
        }
    }

    /**
     * {@code -m conntrack --ctstate/--ctorigdst/...} or {@code -m state --state}: the option without dashes
     * ({@code ctstate}, {@code ctorigdst}, {@code state}) and its value as printed.
     */
    record Conntrack(String option, boolean negated, String value) implements RuleMatch {
        /** The comma-separated states of a ctstate/state option ({@code RELATED,ESTABLISHED}). */
        public List<String> values() {
            return List.of(value.split(","));
        }
    }

    /** {@code -m set --match-set name src,dst}. */
    record IpSet(boolean negated, String setName, List<Direction> flags) implements RuleMatch {
        public IpSet {
            flags = List.copyOf(flags);
        }
    }

    /** {@code -m statistic --mode random --probability p} or {@code --mode nth --every n --packet k}. */
    record Statistic(boolean negated, String mode, OptionalDouble probability, OptionalInt every,
                     OptionalInt packet) implements RuleMatch {
    }

    /** {@code --icmp-type} / {@code --icmpv6-type}. */
    record IcmpType(boolean negated, String type) implements RuleMatch {
    }

    /**
     * An option ovnscope does not model, kept as printed: the module it belongs to ({@code -m NAME}, empty
     * when none), the option with its dashes, and its arguments.
     */
    record Raw(String module, boolean negated, String option, List<String> arguments) implements RuleMatch {
        public Raw {
            arguments = List.copyOf(arguments);
        }

        public String text() {
            StringBuilder out = new StringBuilder();
            if (negated) {
                out.append("! ");
            }
            out.append(option);
            arguments.forEach(a -> out.append(' ').append(a));
            return out.toString();
        }
    }
}
