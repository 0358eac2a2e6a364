package io.ovnscope.core.trace;

import io.ovnscope.core.model.host.Direction;
import io.ovnscope.core.model.host.InterfaceDirection;
import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.host.NatRange;
import io.ovnscope.core.model.host.PortRange;
import io.ovnscope.core.model.host.RuleMatch;
import io.ovnscope.core.model.host.RuleTarget;
import io.ovnscope.core.model.host.VerdictKind;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The host's nat table as netfilter runs it for the first packet of a connection: the hook's built-in chain,
 * rules in order, jumps into user chains and back on RETURN, and the first DNAT, SNAT or MASQUERADE that
 * matches. A match the trace cannot evaluate stops it with the rule's line.
 */
final class HostNat {
    private static final int MAX_DEPTH = 32;

    private final Optional<IptablesTable> nat;
    private final HostFacts host;
    private final RawOutputs raw;

    HostNat(List<IptablesTable> tables, HostFacts host, RawOutputs raw) {
        this.nat = tables.stream().filter(table -> table.name().filter("nat"::equals).isPresent()).findFirst();
        this.host = host;
        this.raw = raw;
    }

    boolean known() {
        return nat.isPresent();
    }

    /** Runs the hook's chain; {@code in} and {@code out} are the devices, empty where the hook has none. */
    NatResult run(String hook, Packet packet, String in, String out) {
        Run run = new Run(packet, in, out);
        nat.flatMap(table -> table.chain(hook)).ifPresent(chain -> run.chain(chain, 0));
        return new NatResult(run.packet, run.evidence, Optional.ofNullable(run.change),
                Optional.ofNullable(run.stopReason));
    }

    /** One traversal; {@code done} once a NAT or a terminating verdict decided. */
    private final class Run {
        private Packet packet;
        private final String in;
        private final String out;
        private final List<Evidence> evidence = new ArrayList<>();
        private String change;
        private String stopReason;
        private boolean done;

        Run(Packet packet, String in, String out) {
            this.packet = packet;
            this.in = in;
            this.out = out;
        }

        /** Returns after the chain ends or a RETURN; {@code done} says whether the hook is decided. */
        void chain(IptablesChain chain, int depth) {
            if (depth > MAX_DEPTH) {
                stopReason = "iptables chains jump deeper than " + MAX_DEPTH + " at " + chain.name();
                done = true;
                return;
            }
            for (IptablesRule rule : chain.rules()) {
                Optional<Boolean> matched = matches(rule);
                if (matched.isEmpty()) {
                    done = true;
                    return;
                }
                if (!matched.get()) {
                    continue;
                }
                if (target(rule, depth) || done) {
                    return;
                }
            }
        }

        /** Applies the rule's target; true when the chain ends here (RETURN or a decision). */
        private boolean target(IptablesRule rule, int depth) {
            RuleTarget target = rule.target();
            if (target instanceof RuleTarget.Jump) {
                Optional<IptablesChain> next = nat.flatMap(table -> table.chain(((RuleTarget.Jump) target).chain()));
                if (next.isEmpty()) {
                    stopReason = "line " + rule.line() + " jumps to a chain the nat table does not hold";
                    done = true;
                    return true;
                }
                int before = evidence.size();
                evidence.add(evidence(rule));
                chain(next.get(), depth + 1);
                if (!done) {
                    evidence.subList(before, evidence.size()).clear();
                }
                return done || ((RuleTarget.Jump) target).goTo();
            }
            if (target instanceof RuleTarget.Verdict) {
                VerdictKind kind = ((RuleTarget.Verdict) target).kind();
                if (kind != VerdictKind.RETURN) {
                    done = true;
                }
                return true;
            }
            if (target instanceof RuleTarget.Dnat) {
                return translate(rule, ((RuleTarget.Dnat) target).to(), false);
            }
            if (target instanceof RuleTarget.Snat) {
                return translate(rule, ((RuleTarget.Snat) target).to(), true);
            }
            if (target instanceof RuleTarget.Masquerade) {
                Optional<IpAddress> address = host.primaryAddress(out, packet.src().address().v6());
                if (address.isEmpty()) {
                    stopReason = "MASQUERADE at line " + rule.line() + ": " + out + " has no address in the snapshot";
                    done = true;
                    return true;
                }
                evidence.add(evidence(rule));
                change = "MASQUERADE " + packet.src().address() + " to " + address.get() + " (" + out + ")";
                packet = packet.withSrc(new IpEndpoint(address.get(), packet.src().port()));
                done = true;
                return true;
            }
            if (target instanceof RuleTarget.Redirect || target instanceof RuleTarget.Reject) {
                stopReason = "line " + rule.line() + " (" + rule.text() + ") is not simulated by the trace";
                done = true;
                return true;
            }
            return false;
        }

        private boolean translate(IptablesRule rule, List<NatRange> ranges, boolean source) {
            evidence.add(evidence(rule));
            done = true;
            NatRange range = ranges.isEmpty() ? null : ranges.get(0);
            IpEndpoint before = source ? packet.src() : packet.dst();
            Optional<IpAddress> address = range == null ? Optional.empty()
                    : range.firstAddress().flatMap(IpAddress::parse);
            OptionalInt port = range == null || range.ports().isEmpty() ? before.port()
                    : OptionalInt.of(range.ports().get().first());
            IpEndpoint after = new IpEndpoint(address.orElse(before.address()), port);
            change = (source ? "SNAT " : "DNAT ") + before + " to " + after;
            packet = source ? packet.withSrc(after) : packet.withDst(after);
            return true;
        }

        /** True or false, or empty (with the reason set) when the rule cannot be evaluated. */
        private Optional<Boolean> matches(IptablesRule rule) {
            for (RuleMatch match : rule.matches()) {
                Optional<Boolean> result = matches(match);
                if (result.isEmpty()) {
                    stopReason = "iptables nat line " + rule.line() + " (" + rule.text()
                            + ") matches on something the trace cannot evaluate";
                    return Optional.empty();
                }
                if (!result.get()) {
                    return Optional.of(false);
                }
            }
            return Optional.of(true);
        }

        private Optional<Boolean> matches(RuleMatch match) {
            if (match instanceof RuleMatch.Comment) {
                return Optional.of(true);
            }
            if (match instanceof RuleMatch.Address) {
                RuleMatch.Address address = (RuleMatch.Address) match;
                Optional<IpPrefix> prefix = IpPrefix.parse(address.prefix())
                        .or(() -> IpAddress.parse(address.prefix()).map(IpPrefix::host));
                IpAddress actual = address.direction() == Direction.SOURCE ? packet.src().address()
                        : packet.dst().address();
                return prefix.map(p -> p.contains(actual) != address.negated());
            }
            if (match instanceof RuleMatch.Interface) {
                RuleMatch.Interface face = (RuleMatch.Interface) match;
                String device = face.direction() == InterfaceDirection.IN ? in : out;
                return Optional.of(!device.isEmpty() && face.matches(device));
            }
            if (match instanceof RuleMatch.Protocol) {
                RuleMatch.Protocol protocol = (RuleMatch.Protocol) match;
                boolean same = protocol.protocol().equalsIgnoreCase(packet.protocol().label())
                        || protocol.protocol().equals(Integer.toString(packet.protocol().number()));
                return Optional.of(same != protocol.negated());
            }
            if (match instanceof RuleMatch.Port) {
                RuleMatch.Port port = (RuleMatch.Port) match;
                return Optional.of(portIn(port.direction(), List.of(port.range())) != port.negated());
            }
            if (match instanceof RuleMatch.Multiport) {
                RuleMatch.Multiport ports = (RuleMatch.Multiport) match;
                return Optional.of(portIn(ports.direction(), ports.ranges()) != ports.negated());
            }
            if (match instanceof RuleMatch.AddressType) {
                return addressType((RuleMatch.AddressType) match);
            }
            return Optional.empty();
        }

        private boolean portIn(Direction direction, List<PortRange> ranges) {
            for (PortRange range : ranges) {
                boolean source = packet.src().port().isPresent() && range.contains(packet.src().port().getAsInt());
                boolean destination = packet.dst().port().isPresent()
                        && range.contains(packet.dst().port().getAsInt());
                boolean hit = direction == Direction.SOURCE ? source
                        : direction == Direction.DESTINATION ? destination : source || destination;
                if (hit) {
                    return true;
                }
            }
            return false;
        }

        private Optional<Boolean> addressType(RuleMatch.AddressType match) {
            if (!match.types().stream().allMatch("LOCAL"::equalsIgnoreCase)) {
                return Optional.empty();
            }
            IpAddress actual = match.direction() == Direction.SOURCE ? packet.src().address()
                    : packet.dst().address();
            return Optional.of(host.isLocal(actual) != match.negated());
        }

        private Evidence evidence(IptablesRule rule) {
            return raw.line("iptables-save", "nat", rule.line(), "iptables-save -t nat", rule.text());
        }
    }
}
