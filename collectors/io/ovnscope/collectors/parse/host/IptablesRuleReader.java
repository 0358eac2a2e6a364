package io.ovnscope.collectors.parse.host;

import io.ovnscope.core.model.host.Counters;
import io.ovnscope.core.model.host.Direction;
import io.ovnscope.core.model.host.HostAddresses;
import io.ovnscope.core.model.host.InterfaceDirection;
import io.ovnscope.core.model.host.PortRange;
import io.ovnscope.core.model.host.RuleMatch;
import io.ovnscope.core.model.host.RuleTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads the words of one iptables-save rule after {@code -A CHAIN} into matches and a target. Each option
 * belongs to the match module named by the last {@code -m}; a {@code !} word negates the option after it.
 */
final class IptablesRuleReader {
    /** What the rule's words said, and what could not be read (one reason per skipped or raw option). */
    record Result(List<RuleMatch> matches, RuleTarget target, Optional<Counters> counters, List<String> problems) {
    }

    private final List<String> words;
    private final List<RuleMatch> matches = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int at;
    private String module = "";
    private Optional<Counters> counters = Optional.empty();
    private StatisticParts statistic;

    private IptablesRuleReader(List<String> words) {
        this.words = words;
    }

    static Result read(List<String> words) {
        return new IptablesRuleReader(words).read();
    }

    private Result read() {
        RuleTarget target = new RuleTarget.CountOnly();
        while (at < words.size()) {
            boolean negated = false;
            String option = words.get(at++);
            if (option.equals("!")) {
                negated = true;
                if (at >= words.size()) {
                    problems.add("a '!' at the end of the rule negates nothing");
                    break;
                }
                option = words.get(at++);
            }
            if (option.equals("-j") || option.equals("--jump") || option.equals("-g") || option.equals("--goto")) {
                if (at >= words.size()) {
                    problems.add(option + " has no target");
                    break;
                }
                String name = words.get(at++);
                List<String> arguments = List.copyOf(words.subList(at, words.size()));
                at = words.size();
                target = IptablesTargetReader.read(name, arguments, option.startsWith("-g")
                        || option.equals("--goto"), problems);
            } else {
                option(option, negated);
            }
        }
        flushStatistic();
        return new Result(matches, target, counters, problems);
    }

    private void option(String option, boolean negated) {
        switch (option) {
            case "-s", "--source", "--src" -> address(Direction.SOURCE, negated, option);
            case "-d", "--destination", "--dst" -> address(Direction.DESTINATION, negated, option);
            case "-i", "--in-interface" -> argument(option).ifPresent(name ->
                    matches.add(new RuleMatch.Interface(InterfaceDirection.IN, negated, name)));
            case "-o", "--out-interface" -> argument(option).ifPresent(name ->
                    matches.add(new RuleMatch.Interface(InterfaceDirection.OUT, negated, name)));
            case "-p", "--protocol" -> argument(option).ifPresent(protocol ->
                    matches.add(new RuleMatch.Protocol(negated, protocol)));
            case "-m", "--match" -> argument(option).ifPresent(name -> {
                flushStatistic();
                module = name;
            });
            case "-c", "--set-counters" -> setCounters(option);
            default -> moduleOption(option, negated);
        }
    }

    private void moduleOption(String option, boolean negated) {
        switch (option) {
            case "--dport", "--destination-port" -> port(Direction.DESTINATION, negated, option);
            case "--sport", "--source-port" -> port(Direction.SOURCE, negated, option);
            case "--dports", "--destination-ports" -> multiport(Direction.DESTINATION, negated, option);
            case "--sports", "--source-ports" -> multiport(Direction.SOURCE, negated, option);
            case "--ports" -> multiport(Direction.EITHER, negated, option);
            case "--src-type" -> addressType(Direction.SOURCE, negated, option);
            case "--dst-type" -> addressType(Direction.DESTINATION, negated, option);
            case "--comment" -> argument(option).ifPresent(text -> matches.add(new RuleMatch.Comment(text)));
            case "--mark" -> mark(negated, option);
            case "--match-set" -> matchSet(negated, option);
            case "--icmp-type", "--icmpv6-type" -> argument(option).ifPresent(type ->
                    matches.add(new RuleMatch.IcmpType(negated, type)));
            case "--mode", "--probability", "--every", "--packet" -> statistic(negated, option);
            default -> {
                if (isConntrackOption(option)) {
                    argument(option).ifPresent(value ->
                            matches.add(new RuleMatch.Conntrack(option.substring(2), negated, value)));
                } else {
                    raw(option, negated);
                }
            }
        }
    }

    private static boolean isConntrackOption(String option) {
        return option.equals("--state") || (option.startsWith("--ct") && option.length() > 4);
    }

    private void address(Direction direction, boolean negated, String option) {
        argument(option).ifPresent(prefix -> {
            matches.add(new RuleMatch.Address(direction, negated, prefix));
            for (String one : prefix.split(",", -1)) {
                if (!HostAddresses.isPrefix(one)) {
                    problems.add(option + " " + prefix + " is not an IPv4/IPv6 address or prefix");
                    return;
                }
            }
        });
    }

    private void port(Direction direction, boolean negated, String option) {
        argument(option).ifPresent(text -> {
            Optional<PortRange> range = IptablesValues.portRange(text);
            if (range.isPresent()) {
                matches.add(new RuleMatch.Port(direction, negated, range.get()));
            } else {
                problems.add(option + " " + text + " is not a port or port range; kept as text");
                matches.add(new RuleMatch.Raw(module, negated, option, List.of(text)));
            }
        });
    }

    private void multiport(Direction direction, boolean negated, String option) {
        argument(option).ifPresent(text -> {
            Optional<List<PortRange>> ranges = IptablesValues.portList(text);
            if (ranges.isPresent()) {
                matches.add(new RuleMatch.Multiport(direction, negated, ranges.get()));
            } else {
                problems.add(option + " " + text + " is not a list of ports; kept as text");
                matches.add(new RuleMatch.Raw(module, negated, option, List.of(text)));
            }
        });
    }

    private void addressType(Direction direction, boolean negated, String option) {
        argument(option).ifPresent(text ->
                matches.add(new RuleMatch.AddressType(direction, negated, List.of(text.split(",")))));
    }

    private void mark(boolean negated, String option) {
        argument(option).ifPresent(text -> {
            Optional<long[]> valueMask = IptablesValues.valueMask(text);
            if (valueMask.isPresent()) {
                matches.add(new RuleMatch.Mark(module.equals("connmark"), negated,
                        valueMask.get()[0], valueMask.get()[1]));
            } else {
                problems.add(option + " " + text + " is not a mark (value[/mask]); kept as text");
                matches.add(new RuleMatch.Raw(module, negated, option, List.of(text)));
            }
        });
    }

    private void matchSet(boolean negated, String option) {
        Optional<String> name = argument(option);
        Optional<String> flags = name.isPresent() ? argument(option) : Optional.empty();
        if (name.isEmpty() || flags.isEmpty()) {
            return;
        }
        Optional<List<Direction>> directions = IptablesValues.setFlags(flags.get());
        if (directions.isPresent()) {
            matches.add(new RuleMatch.IpSet(negated, name.get(), directions.get()));
        } else {
            problems.add(option + " " + name.get() + " " + flags.get() + ": the flags are not src/dst; kept as text");
            matches.add(new RuleMatch.Raw(module, negated, option, List.of(name.get(), flags.get())));
        }
    }

    private void statistic(boolean negated, String option) {
        Optional<String> value = argument(option);
        if (value.isEmpty()) {
            return;
        }
        if (statistic == null) {
            statistic = new StatisticParts();
        }
        statistic.negated |= negated;
        try {
            switch (option) {
                case "--mode" -> statistic.mode = value.get();
                case "--probability" -> statistic.probability = OptionalDouble.of(Double.parseDouble(value.get()));
                case "--every" -> statistic.every = OptionalInt.of(Integer.parseInt(value.get()));
                default -> statistic.packet = OptionalInt.of(Integer.parseInt(value.get()));
            }
        } catch (NumberFormatException e) {
            problems.add(option + " " + value.get() + " is not a number; the statistic match is incomplete");
        }
    }

    private void flushStatistic() {
        if (statistic != null) {
            matches.add(new RuleMatch.Statistic(statistic.negated, statistic.mode, statistic.probability,
                    statistic.every, statistic.packet));
            statistic = null;
        }
    }

    private void setCounters(String option) {
        Optional<String> packets = argument(option);
        Optional<String> bytes = packets.isPresent() ? argument(option) : Optional.empty();
        if (packets.isEmpty() || bytes.isEmpty()) {
            return;
        }
        try {
            counters = Optional.of(Counters.of(Long.parseLong(packets.get()), Long.parseLong(bytes.get())));
        } catch (NumberFormatException e) {
            problems.add(option + " " + packets.get() + " " + bytes.get() + " are not counters");
        }
    }

    private void raw(String option, boolean negated) {
        List<String> arguments = new ArrayList<>();
        while (at < words.size() && !startsOption(words.get(at))) {
            arguments.add(words.get(at++));
        }
        RuleMatch.Raw raw = new RuleMatch.Raw(module, negated, option, arguments);
        matches.add(raw);
        if (option.startsWith("-")) {
            problems.add("'" + raw.text() + "'" + (module.isEmpty() ? "" : " (match " + module + ")")
                    + " is kept as text: ovnscope does not model this option");
        } else {
            problems.add("'" + raw.text() + "' is not an option (options start with '-'); kept as text");
        }
    }

    private static boolean startsOption(String word) {
        return word.equals("!") || (word.startsWith("-") && word.length() > 1 && !Character.isDigit(word.charAt(1)));
    }

    private Optional<String> argument(String option) {
        if (at >= words.size() || startsOption(words.get(at)) && !option.equals("--comment")) {
            problems.add(option + " has no value");
            return Optional.empty();
        }
        return Optional.of(words.get(at++));
    }

    /** The options of one {@code -m statistic}, gathered into one match. */
    private static final class StatisticParts {
        private boolean negated;
        private String mode = "";
        private OptionalDouble probability = OptionalDouble.empty();
        private OptionalInt every = OptionalInt.empty();
        private OptionalInt packet = OptionalInt.empty();
    }
}
