package io.ovnscope.collectors.parse.host;

import io.ovnscope.core.model.host.MarkOperation;
import io.ovnscope.core.model.host.NatRange;
import io.ovnscope.core.model.host.PortRange;
import io.ovnscope.core.model.host.RuleTarget;
import io.ovnscope.core.model.host.VerdictKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code -j NAME options...} of an iptables-save rule into a target. */
final class IptablesTargetReader {
    /**
     * Target extensions that are not chains. A name not listed here and not built in is taken for a jump to a
     * user chain, which is what every Kubernetes and OpenStack chain name is.
     */
    private static final Set<String> EXTENSIONS = Set.of("AUDIT", "CHECKSUM", "CLASSIFY", "CLUSTERIP",
            "CONNMARK", "CONNSECMARK", "CT", "DSCP", "ECN", "HL", "HMARK", "IDLETIMER", "LED", "LOG", "NETMAP",
            "NFLOG", "NFQUEUE", "NOTRACK", "QUEUE", "RATEEST", "SECMARK", "SET", "SYNPROXY", "TCPMSS",
            "TCPOPTSTRIP", "TEE", "TOS", "TPROXY", "TRACE", "TTL", "ULOG", "MIRROR", "SAME");

    private IptablesTargetReader() {
    }

    /** True for a target extension name (LOG, CONNMARK, ...) that is not a user chain. */
    static boolean isExtension(String name) {
        return EXTENSIONS.contains(name);
    }

    static RuleTarget read(String name, List<String> arguments, boolean goTo, List<String> problems) {
        if (goTo) {
            expectNone(name, arguments, problems);
            return new RuleTarget.Jump(name, true);
        }
        return switch (name) {
            case "ACCEPT", "DROP", "RETURN" -> {
                expectNone(name, arguments, problems);
                yield new RuleTarget.Verdict(VerdictKind.valueOf(name));
            }
            case "REJECT" -> reject(arguments, problems);
            case "DNAT" -> new RuleTarget.Dnat(natRanges("--to-destination", arguments, problems),
                    flags(arguments, "--to-destination", problems));
            case "SNAT" -> new RuleTarget.Snat(natRanges("--to-source", arguments, problems),
                    flags(arguments, "--to-source", problems));
            case "MASQUERADE" -> new RuleTarget.Masquerade(toPorts(arguments, problems),
                    flags(arguments, "--to-ports", problems));
            case "REDIRECT" -> new RuleTarget.Redirect(toPorts(arguments, problems),
                    flags(arguments, "--to-ports", problems));
            case "MARK" -> mark(arguments, problems);
            default -> {
                if (EXTENSIONS.contains(name)) {
                    problems.add("target " + name + (arguments.isEmpty() ? "" : " " + String.join(" ", arguments))
                            + " is kept as text: ovnscope does not model it");
                    yield new RuleTarget.Other(name, arguments);
                }
                expectNone(name, arguments, problems);
                yield new RuleTarget.Jump(name, false);
            }
        };
    }

    private static void expectNone(String name, List<String> arguments, List<String> problems) {
        if (!arguments.isEmpty()) {
            problems.add("words after the target " + name + " are not understood: " + String.join(" ", arguments));
        }
    }

    private static RuleTarget reject(List<String> arguments, List<String> problems) {
        Optional<String> with = Optional.empty();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals("--reject-with") && i + 1 < arguments.size()) {
                with = Optional.of(arguments.get(++i));
            } else {
                problems.add("REJECT option '" + arguments.get(i) + "' is not understood");
            }
        }
        return new RuleTarget.Reject(with);
    }

    private static List<NatRange> natRanges(String option, List<String> arguments, List<String> problems) {
        List<NatRange> out = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals(option)) {
                if (i + 1 >= arguments.size()) {
                    problems.add(option + " has no value");
                    continue;
                }
                String text = arguments.get(++i);
                Optional<NatRange> range = IptablesValues.natRange(text);
                if (range.isPresent()) {
                    out.add(range.get());
                } else {
                    problems.add(option + " " + text + " is not an address[-address][:port[-port]]");
                }
            }
        }
        if (out.isEmpty()) {
            problems.add("the NAT target has no usable " + option + ": where it sends packets is unknown");
        }
        return out;
    }

    private static Optional<PortRange> toPorts(List<String> arguments, List<String> problems) {
        int i = arguments.indexOf("--to-ports");
        if (i < 0) {
            return Optional.empty();
        }
        if (i + 1 >= arguments.size()) {
            problems.add("--to-ports has no value");
            return Optional.empty();
        }
        Optional<PortRange> range = IptablesValues.portRange(arguments.get(i + 1));
        if (range.isEmpty()) {
            problems.add("--to-ports " + arguments.get(i + 1) + " is not a port or port range");
        }
        return range;
    }

    /** The flag options ({@code --random-fully} becomes {@code random-fully}), skipping the valued option. */
    private static List<String> flags(List<String> arguments, String valued, List<String> problems) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String word = arguments.get(i);
            if (word.equals(valued)) {
                i++;
            } else if (word.equals("--random") || word.equals("--random-fully") || word.equals("--persistent")) {
                out.add(word.substring(2));
            } else {
                problems.add("NAT option '" + word + "' is not understood");
            }
        }
        return out;
    }

    private static RuleTarget mark(List<String> arguments, List<String> problems) {
        if (arguments.size() != 2) {
            problems.add("MARK needs one of --set-xmark/--set-mark/--and-mark/--or-mark/--xor-mark and a value, "
                    + "got: " + String.join(" ", arguments));
            return new RuleTarget.Other("MARK", arguments);
        }
        Optional<long[]> valueMask = IptablesValues.valueMask(arguments.get(1));
        if (valueMask.isEmpty()) {
            problems.add("MARK value " + arguments.get(1) + " is not value[/mask]");
            return new RuleTarget.Other("MARK", arguments);
        }
        long value = valueMask.get()[0];
        long mask = valueMask.get()[1];
        // Reduce every form to the kernel's xor-mark (value, mask), as iptables itself does.
        return switch (arguments.get(0)) {
            case "--set-xmark" -> new RuleTarget.SetMark(MarkOperation.SET_XMARK, value, mask);
            case "--set-mark" -> new RuleTarget.SetMark(MarkOperation.SET_MARK, value, (mask | value) & 0xFFFFFFFFL);
            case "--and-mark" -> new RuleTarget.SetMark(MarkOperation.AND, 0, ~value & 0xFFFFFFFFL);
            case "--or-mark" -> new RuleTarget.SetMark(MarkOperation.OR, value, value);
            case "--xor-mark" -> new RuleTarget.SetMark(MarkOperation.XOR, value, 0);
            default -> {
                problems.add("MARK option " + arguments.get(0) + " is not understood");
                yield new RuleTarget.Other("MARK", arguments);
            }
        };
    }
}
