package io.ovnscope.collectors.parse.host;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.host.Counters;
import io.ovnscope.core.model.host.Direction;
import io.ovnscope.core.model.host.HostAddresses;
import io.ovnscope.core.model.host.InterfaceDirection;
import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.host.RuleMatch;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the listing form of iptables ({@code iptables -t nat -nvL}, also {@code -nL}, {@code -L -v -x},
 * {@code --line-numbers}) into the same model as {@link IptablesSaveParser}, as far as the listing allows.
 *
 * <p>What the listing cannot say, and so the result does not hold: the table (it is in the command line,
 * not the output: pass it to {@link #IptablesListingParser(String)}); exact counters without {@code -x}
 * ({@code 12K} is read as 12000 and marked inexact); which {@code -m} module a phrase came from; the
 * options of targets ovnscope does not model (only their names); a comment holding {@code " *}{@code /"};
 * and, without {@code -n}, numeric addresses and ports (names are kept and reported). Jumps to user chains
 * and unmodelled target extensions are told apart by name, as for iptables-save.
 */
public final class IptablesListingParser implements OutputParser<IptablesTable> {
    /** Protocol numbers that nf_tables iptables 1.8.9 prints in the prot column, by name. */
    private static final Map<String, String> PROTOCOL_NAMES = Map.of("6", "tcp", "17", "udp", "1", "icmp",
            "58", "ipv6-icmp", "132", "sctp", "47", "gre", "50", "esp", "4", "ipencap");

    private final Optional<String> table;

    /** A listing whose table is unknown. */
    public IptablesListingParser() {
        this.table = Optional.empty();
    }

    /** A listing of the named table ({@code nat} for {@code iptables -t nat -nvL}). */
    public IptablesListingParser(String table) {
        this.table = Optional.ofNullable(table).filter(t -> !t.isBlank());
    }

    @Override
    public Parsed<IptablesTable> parse(String text) {
        return new Run(table).parse(text == null ? "" : text);
    }

    /** Which columns the listing has, read from its column header line. */
    private record Layout(boolean lineNumbers, boolean verbose, boolean options) {
        static final Layout VERBOSE = new Layout(false, true, true);
    }

    /** The state of one parse. */
    private static final class Run {
        private final IptablesTableBuilder builder;
        private final List<Problem> problems = new ArrayList<>();
        private String chain;
        private Layout layout = Layout.VERBOSE;
        private boolean sawChain;

        Run(Optional<String> table) {
            this.builder = new IptablesTableBuilder(table, 1);
        }

        Parsed<IptablesTable> parse(String text) {
            for (TextLines.Line line : TextLines.of(text)) {
                read(line.number(), line.text());
            }
            return new Parsed<>(sawChain ? List.of(builder.build()) : List.of(), problems);
        }

        private void read(int number, String raw) {
            String line = raw.strip();
            if (line.isEmpty()) {
                return;
            }
            if (line.startsWith("Chain ")) {
                chainHeader(number, raw, line);
                return;
            }
            List<ListingWords.Word> words = ListingWords.of(raw);
            String first = words.get(0).text();
            if (first.equals("pkts") || first.equals("target") || first.equals("num")) {
                layout = new Layout(first.equals("num"), line.contains("pkts"), line.contains(" opt "));
                return;
            }
            Optional<String> pasted = PastedLine.explain(raw);
            if (pasted.isPresent()) {
                problem(number, raw, pasted.get());
            } else if (chain == null) {
                problem(number, raw, "a rule line before any 'Chain' line: the listing was cut or filtered");
            } else {
                rule(number, raw, words);
            }
        }

        /** {@code Chain X (policy ACCEPT 264 packets, 17674 bytes)}, {@code (policy DROP)}, {@code (2 references)}. */
        private void chainHeader(int number, String raw, String line) {
            int open = line.indexOf('(');
            int close = line.lastIndexOf(')');
            String name = (open < 0 ? line.substring(6) : line.substring(6, open)).strip();
            if (name.isEmpty() || open < 0 || close < open) {
                problem(number, raw, "a chain header needs 'Chain NAME (policy P ...)' or 'Chain NAME (N references)'");
                if (name.isEmpty()) {
                    return;
                }
            }
            String inside = open < 0 || close < open ? "" : line.substring(open + 1, close);
            String[] parts = inside.replace(",", " ").trim().split("\\s+");
            Optional<String> policy = Optional.empty();
            Optional<Counters> counters = Optional.empty();
            OptionalInt references = OptionalInt.empty();
            if (parts.length >= 2 && parts[0].equals("policy")) {
                policy = Optional.of(parts[1]);
                if (parts.length >= 6) {
                    counters = counters(parts[2], parts[4]);
                }
            } else if (parts.length == 2 && parts[1].startsWith("reference")) {
                references = parseInt(parts[0]);
            } else if (!inside.isEmpty()) {
                problem(number, raw, "the chain header's '(" + inside + ")' is not a policy or a reference count");
            }
            chain = name;
            sawChain = true;
            if (!builder.declare(name, policy, counters, references)) {
                problem(number, raw, "chain " + name + " is listed twice");
            }
        }

        private void rule(int number, String raw, List<ListingWords.Word> words) {
            int at = layout.lineNumbers() ? 1 : 0;
            Optional<Counters> counters = Optional.empty();
            if (layout.verbose()) {
                if (words.size() < at + 2) {
                    problem(number, raw, "a rule line needs packet and byte counts first");
                    return;
                }
                counters = counters(words.get(at).text(), words.get(at + 1).text());
                if (counters.isEmpty()) {
                    problem(number, raw, "the rule's packet and byte columns are not numbers");
                    return;
                }
                at += 2;
            }
            int fixed = (layout.verbose() ? 6 : 4) - (layout.options() ? 0 : 1);
            // The target column is blank for a rule without -j: then the protocol comes first.
            boolean hasTarget = words.size() > at + fixed && (!layout.options() || isOpt(words.get(at + 2).text()));
            if (!hasTarget && !(words.size() >= at + fixed && layout.options() && isOpt(words.get(at + 1).text()))) {
                problem(number, raw, "the rule line has fewer columns than the header (target prot opt"
                        + (layout.verbose() ? " in out" : "") + " source destination)");
                return;
            }
            String target = hasTarget ? words.get(at++).text() : "";
            List<RuleMatch> matches = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            protocol(words.get(at++).text(), matches);
            if (layout.options()) {
                String opt = words.get(at++).text();
                if (!opt.equals("--")) {
                    matches.add(new RuleMatch.Raw("", opt.startsWith("!"), "-f", List.of()));
                    reasons.add("fragment match '" + opt + "' is kept as text: ovnscope does not model it");
                }
            }
            if (layout.verbose()) {
                iface(InterfaceDirection.IN, words.get(at++).text(), matches);
                iface(InterfaceDirection.OUT, words.get(at++).text(), matches);
            }
            address(Direction.SOURCE, words.get(at++).text(), matches, reasons);
            ListingWords.Word destination = words.get(at);
            address(Direction.DESTINATION, destination.text(), matches, reasons);
            String rest = raw.substring(destination.end());
            ListingExtras.Result extras = ListingExtras.read(target, rest);
            matches.addAll(extras.matches());
            reasons.addAll(extras.problems());
            builder.addAndTellFirstUndeclared(chain, new IptablesRule(number, counters, matches, extras.target(),
                    raw.strip()));
            reasons.forEach(reason -> problem(number, raw, reason));
        }

        private static boolean isOpt(String word) {
            return word.equals("--") || word.equals("-f") || word.equals("!f");
        }

        private static void protocol(String word, List<RuleMatch> matches) {
            boolean negated = word.startsWith("!");
            String name = negated ? word.substring(1) : word;
            if (name.equals("all") || name.equals("0")) {
                return;
            }
            matches.add(new RuleMatch.Protocol(negated, PROTOCOL_NAMES.getOrDefault(name, name)));
        }

        private static void iface(InterfaceDirection direction, String word, List<RuleMatch> matches) {
            if (word.equals("*")) {
                return;
            }
            boolean negated = word.startsWith("!");
            matches.add(new RuleMatch.Interface(direction, negated, negated ? word.substring(1) : word));
        }

        private static void address(Direction direction, String word, List<RuleMatch> matches, List<String> reasons) {
            boolean negated = word.startsWith("!");
            String prefix = negated ? word.substring(1) : word;
            if (prefix.equals("0.0.0.0/0") || prefix.equals("::/0") || prefix.equals("anywhere")) {
                return;
            }
            matches.add(new RuleMatch.Address(direction, negated, prefix));
            if (!HostAddresses.isPrefix(prefix)) {
                reasons.add(prefix + " is not a numeric address: list with -n to get addresses instead of names");
            }
        }

        /** {@code 1219}, or without {@code -x} an abbreviation such as {@code 12K} (inexact). */
        private static Optional<Counters> counters(String packets, String bytes) {
            Optional<long[]> p = count(packets);
            Optional<long[]> b = count(bytes);
            if (p.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Counters(p.get()[0], b.get()[0], p.get()[1] == 1 && b.get()[1] == 1));
        }

        /** The value and 1 when exact, 0 when abbreviated. */
        private static Optional<long[]> count(String word) {
            if (word.isEmpty() || word.length() > 20) {
                return Optional.empty();
            }
            long scale = switch (word.charAt(word.length() - 1)) {
                case 'K' -> 1_000L;
                case 'M' -> 1_000_000L;
                case 'G' -> 1_000_000_000L;
                case 'T' -> 1_000_000_000_000L;
                default -> 1L;
            };
            String digits = scale == 1 ? word : word.substring(0, word.length() - 1);
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 15) {
                return Optional.empty();
            }
            return Optional.of(new long[] {Long.parseLong(digits) * scale, scale == 1 ? 1 : 0});
        }

        private static OptionalInt parseInt(String word) {
            if (word.isEmpty() || word.length() > 9 || !word.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(Integer.parseInt(word));
        }

        private void problem(int number, String raw, String reason) {
            problems.add(new Problem(number, raw, reason));
        }
    }
}
