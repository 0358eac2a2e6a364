package io.ovnscope.collectors.parse.host;

import io.ovnscope.core.model.host.Direction;
import io.ovnscope.core.model.host.MarkOperation;
import io.ovnscope.core.model.host.NatRange;
import io.ovnscope.core.model.host.PortRange;
import io.ovnscope.core.model.host.RuleMatch;
import io.ovnscope.core.model.host.RuleTarget;
import io.ovnscope.core.model.host.VerdictKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the free text after the destination column of {@code iptables -L} ({@code /* comment *}{@code /
 * tcp dpt:80 to:10.0.0.1:80}) into matches and the target's options. The listing prints each match module
 * in its own words, so this knows the phrases of the modules Kubernetes and OpenStack nodes use; other
 * words are kept raw and reported.
 */
final class ListingExtras {
    private static final Set<String> PORT_MODULES = Set.of("tcp", "udp", "sctp", "udplite", "dccp");
    private static final Set<String> CONNTRACK_WORDS = Set.of("state", "ctstate", "ctproto", "ctorigsrc", "ctorigdst",
            "ctreplsrc", "ctrepldst", "ctorigsrcport", "ctorigdstport", "ctreplsrcport", "ctrepldstport", "ctstatus",
            "ctexpire", "ctdir");

    /** The rule's matches from the text, its target, and what could not be read. */
    record Result(List<RuleMatch> matches, RuleTarget target, List<String> problems) {
    }

    private final String targetName;
    private final List<RuleMatch> matches = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<NatRange> natTo = new ArrayList<>();
    private final List<String> natFlags = new ArrayList<>();
    private List<String> words = List.of();
    private int at;
    private boolean goTo;
    private Optional<PortRange> toPorts = Optional.empty();
    private Optional<String> rejectWith = Optional.empty();
    private RuleTarget mark;

    private ListingExtras(String targetName) {
        this.targetName = targetName;
    }

    static Result read(String targetName, String text) {
        return new ListingExtras(targetName).read(text);
    }

    private Result read(String text) {
        String rest = comment(text);
        words = ListingWords.of(rest).stream().map(ListingWords.Word::text).toList();
        while (at < words.size()) {
            boolean negated = false;
            String word = words.get(at++);
            if (word.equals("!") && at < words.size()) {
                negated = true;
                word = words.get(at++);
            }
            phrase(word, negated);
        }
        if (!unknown.isEmpty()) {
            matches.add(new RuleMatch.Raw("", false, String.join(" ", unknown), List.of()));
            problems.add("'" + String.join(" ", unknown) + "' is kept as text: ovnscope does not read this part"
                    + " of the listing");
        }
        return new Result(matches, target(), problems);
    }

    /** Takes out the {@code /* ... *}{@code /} comment: it may hold any words. */
    private String comment(String text) {
        int open = text.indexOf("/* ");
        int close = open < 0 ? -1 : text.indexOf(" */", open + 2);
        if (open < 0 || close < 0) {
            return text;
        }
        matches.add(new RuleMatch.Comment(text.substring(open + 3, close)));
        return text.substring(0, open) + text.substring(close + 3);
    }

    private void phrase(String word, boolean negated) {
        if (PORT_MODULES.contains(word)) {
            ports();
        } else if (word.equals("multiport")) {
            multiport(negated);
        } else if (word.equals("ADDRTYPE") && next("match")) {
            addressTypes();
        } else if ((word.equals("mark") || word.equals("connmark")) && next("match")) {
            markMatch(word.equals("connmark"));
        } else if (CONNTRACK_WORDS.contains(word) && at < words.size()) {
            matches.add(new RuleMatch.Conntrack(word, negated, words.get(at++)));
        } else if (word.equals("match-set") && at + 1 < words.size()) {
            matchSet(negated);
        } else if (word.equals("statistic") && next("mode")) {
            statistic(negated);
        } else if ((word.equals("icmptype") || word.equals("ipv6-icmptype")) && at < words.size()) {
            icmp(negated);
        } else if (word.equals("[goto]")) {
            goTo = true;
        } else {
            targetWord(word, negated);
        }
    }

    private void targetWord(String word, boolean negated) {
        if (word.startsWith("to:")) {
            IptablesValues.natRange(word.substring(3)).ifPresentOrElse(natTo::add,
                    () -> problems.add(word + " is not an address[-address][:port[-port]]"));
        } else if (word.equals("random") || word.equals("random-fully") || word.equals("persistent")) {
            natFlags.add(word);
        } else if ((word.equals("masq") && next("ports:")) || (word.equals("redir") && next("ports"))) {
            if (at < words.size()) {
                toPorts = IptablesValues.portRange(words.get(at++));
            }
        } else if (word.equals("reject-with") && at < words.size()) {
            rejectWith = Optional.of(words.get(at++));
        } else if (word.equals("MARK") && at + 1 < words.size()) {
            markTarget(words.get(at++), words.get(at++));
        } else {
            unknown.add(negated ? "! " + word : word);
        }
    }

    private boolean next(String expected) {
        if (at < words.size() && words.get(at).equals(expected)) {
            at++;
            return true;
        }
        return false;
    }

    /** {@code spt:53 dpt:!80 dpts:1000:2000} after {@code tcp}. */
    private void ports() {
        while (at < words.size()) {
            String word = words.get(at);
            Direction direction;
            String value;
            if (word.startsWith("dpt:") || word.startsWith("dpts:")) {
                direction = Direction.DESTINATION;
            } else if (word.startsWith("spt:") || word.startsWith("spts:")) {
                direction = Direction.SOURCE;
            } else if (word.startsWith("flags:") || word.startsWith("option=")) {
                unknown.add(word);
                at++;
                continue;
            } else {
                return;
            }
            at++;
            value = word.substring(word.indexOf(':') + 1);
            boolean negated = value.startsWith("!");
            String range = negated ? value.substring(1) : value;
            Optional<PortRange> ports = IptablesValues.portRange(range);
            if (ports.isPresent()) {
                matches.add(new RuleMatch.Port(direction, negated, ports.get()));
            } else {
                unknown.add(word);
            }
        }
    }

    private void multiport(boolean negated) {
        if (at + 1 >= words.size()) {
            unknown.add("multiport");
            return;
        }
        String which = words.get(at++);
        String list = words.get(at++);
        boolean not = negated || list.startsWith("!");
        Direction direction = switch (which) {
            case "dports" -> Direction.DESTINATION;
            case "sports" -> Direction.SOURCE;
            default -> Direction.EITHER;
        };
        Optional<List<PortRange>> ranges = IptablesValues.portList(list.startsWith("!") ? list.substring(1) : list);
        if (ranges.isPresent()) {
            matches.add(new RuleMatch.Multiport(direction, not, ranges.get()));
        } else {
            unknown.add("multiport " + which + " " + list);
        }
    }

    /** {@code src-type LOCAL dst-type !LOCAL limit-in}. */
    private void addressTypes() {
        while (at < words.size()) {
            String word = words.get(at);
            if ((word.equals("src-type") || word.equals("dst-type")) && at + 1 < words.size()) {
                String types = words.get(at + 1);
                boolean negated = types.startsWith("!");
                matches.add(new RuleMatch.AddressType(word.startsWith("src") ? Direction.SOURCE
                        : Direction.DESTINATION, negated, List.of((negated ? types.substring(1) : types).split(","))));
                at += 2;
            } else if (word.equals("limit-in") || word.equals("limit-out")) {
                unknown.add(word);
                at++;
            } else {
                return;
            }
        }
    }

    private void markMatch(boolean connection) {
        boolean negated = next("!");
        if (at >= words.size()) {
            unknown.add(connection ? "connmark match" : "mark match");
            return;
        }
        String value = words.get(at++);
        IptablesValues.valueMask(value).ifPresentOrElse(
                vm -> matches.add(new RuleMatch.Mark(connection, negated, vm[0], vm[1])),
                () -> unknown.add("mark match " + value));
    }

    private void matchSet(boolean negated) {
        String name = words.get(at++);
        String flags = words.get(at++);
        IptablesValues.setFlags(flags).ifPresentOrElse(
                directions -> matches.add(new RuleMatch.IpSet(negated, name, directions)),
                () -> unknown.add("match-set " + name + " " + flags));
    }

    /** {@code statistic mode random probability 0.5} or {@code statistic mode nth every 2 packet 0}. */
    private void statistic(boolean negated) {
        if (at >= words.size()) {
            unknown.add("statistic mode");
            return;
        }
        String mode = words.get(at++);
        OptionalDouble probability = OptionalDouble.empty();
        OptionalInt every = OptionalInt.empty();
        OptionalInt packet = OptionalInt.empty();
        try {
            while (at + 1 < words.size()) {
                String key = words.get(at);
                String value = words.get(at + 1);
                if (key.equals("probability")) {
                    probability = OptionalDouble.of(Double.parseDouble(value));
                } else if (key.equals("every")) {
                    every = OptionalInt.of(Integer.parseInt(value));
                } else if (key.equals("packet")) {
                    packet = OptionalInt.of(Integer.parseInt(value));
                } else {
                    break;
                }
                at += 2;
            }
        } catch (NumberFormatException e) {
            problems.add("the statistic match has a value that is not a number");
            at += 2;
        }
        matches.add(new RuleMatch.Statistic(negated, mode, probability, every, packet));
    }

    private void icmp(boolean negated) {
        String type = words.get(at++);
        if (next("code") && at < words.size()) {
            type = type + "/" + words.get(at++);
        }
        matches.add(new RuleMatch.IcmpType(negated, type));
    }

    /** {@code MARK or 0x8000}, {@code MARK xset 0x1/0xffff}, as xtables prints its MARK target. */
    private void markTarget(String operation, String value) {
        Optional<long[]> vm = IptablesValues.valueMask(value);
        if (vm.isEmpty()) {
            unknown.add("MARK " + operation + " " + value);
            return;
        }
        long v = vm.get()[0];
        long m = vm.get()[1];
        mark = switch (operation) {
            case "xset" -> new RuleTarget.SetMark(MarkOperation.SET_XMARK, v, m);
            case "set" -> new RuleTarget.SetMark(MarkOperation.SET_MARK, v, (v | m) & 0xFFFFFFFFL);
            case "and" -> new RuleTarget.SetMark(MarkOperation.AND, 0, ~v & 0xFFFFFFFFL);
            case "or" -> new RuleTarget.SetMark(MarkOperation.OR, v, v);
            case "xor" -> new RuleTarget.SetMark(MarkOperation.XOR, v, 0);
            default -> {
                unknown.add("MARK " + operation + " " + value);
                yield null;
            }
        };
    }

    private RuleTarget target() {
        if (targetName.isEmpty()) {
            return new RuleTarget.CountOnly();
        }
        if (goTo) {
            return new RuleTarget.Jump(targetName, true);
        }
        return switch (targetName) {
            case "ACCEPT", "DROP", "RETURN" -> new RuleTarget.Verdict(VerdictKind.valueOf(targetName));
            case "REJECT" -> new RuleTarget.Reject(rejectWith);
            case "DNAT" -> new RuleTarget.Dnat(natTo, natFlags);
            case "SNAT" -> new RuleTarget.Snat(natTo, natFlags);
            case "MASQUERADE" -> new RuleTarget.Masquerade(toPorts, natFlags);
            case "REDIRECT" -> new RuleTarget.Redirect(toPorts, natFlags);
            case "MARK" -> mark != null ? mark : other();
            default -> IptablesTargetReader.isExtension(targetName) ? other()
                    : new RuleTarget.Jump(targetName, false);
        };
    }

    private RuleTarget other() {
        problems.add("target " + targetName + " is kept by name only: ovnscope does not model it");
        return new RuleTarget.Other(targetName, List.of());
    }
}
