package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowFlag;
import io.ovnscope.core.model.openflow.FlowStats;
import io.ovnscope.core.model.openflow.MatchField;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one flow written the way {@code ovs-ofctl dump-flows}, {@code ovs-appctl bridge/dump-flows} or
 * {@code ovs-ofctl add-flow} write it: {@code key=value} and bare words separated by commas or blanks, the
 * first {@code actions=} taking the rest. A hand scanner over the text's chars: no regex, no substring
 * for keys or numbers. One per parse (it keeps interning tables); not thread-safe.
 */
final class FlowLineParser {
    /**
     * Keys and words, seeded with the very literals the switch below compares with, so those compare
     * as the same object.
     */
    private final NameTable names = new NameTable(512)
            .with(STATS_KEYS)
            .with(MatchFieldNames.NAMES)
            .with(MatchFieldNames.SHORTHANDS.toArray(String[]::new));
    private final NameTable values = new NameTable(1 << 15);
    private final ActionParser actions = new ActionParser(names, values);
    private final NameTable knownFields = new NameTable(256)
            .with(MatchFieldNames.NAMES)
            .with(MatchFieldNames.SHORTHANDS.toArray(String[]::new));

    private static final String[] STATS_KEYS = {
        "actions", "cookie", "duration", "table", "table_id", "priority", "n_packets", "n_bytes",
        "n_offload_packets", "n_offload_bytes", "idle_timeout", "hard_timeout", "importance", "idle_age", "hard_age"
    };

    /** Values longer than this are not interned: addresses and long masks rarely repeat enough to pay. */
    private static final int INTERNED_VALUE_LENGTH = 18;
    /** Whole match fields by their text ("metadata=0x5", "ct_state=+new-est+trk"), shared between flows. */
    private final RegionCache<MatchField> knownMatches = new RegionCache<>(1 << 16, 64);
    private final List<MatchField> scratchMatch = new ArrayList<>(16);
    private int complaintCount;
    private final Counting counting = new Counting();
    private boolean incomplete;
    private int tokenHash;

    /**
     * Whether the last {@link #parse} stopped because the flow is not whole: no {@code actions=}, actions
     * ending in a comma, or a bracket left open. Its complaints are then moot if the next line continues it.
     */
    boolean incomplete() {
        return incomplete;
    }

    /**
     * The flow in {@code text[from, to)}, or null when there is no {@code actions=} (then it says so).
     * Parts it cannot read are reported and left out, or kept as unknown actions.
     */
    Flow parse(String text, int from, int to, int line, Complaints sink) {
        incomplete = false;
        counting.sink = sink;
        Complaints complaints = counting;
        long cookie = 0;
        int table = 0;
        int priority = Flow.DEFAULT_PRIORITY;
        boolean priorityWritten = false;
        Integer idleTimeout = null;
        Integer hardTimeout = null;
        Integer importance = null;
        Set<FlowFlag> flags = null;
        double duration = Double.NaN;
        long packets = FlowStats.ABSENT;
        long bytes = FlowStats.ABSENT;
        long offloadPackets = FlowStats.ABSENT;
        long offloadBytes = FlowStats.ABSENT;
        long idleAge = FlowStats.ABSENT;
        long hardAge = FlowStats.ABSENT;
        List<MatchField> match = scratchMatch;
        match.clear();
        List<Action> actionList = null;

        int at = from;
        while (at < to) {
            char c = text.charAt(at);
            if (c == ',' || Chars.isBlank(c)) {
                at++;
                continue;
            }
            int keyEnd = at;
            int keyHash = 0;
            while (keyEnd < to) {
                char k = text.charAt(keyEnd);
                if (k == '=' || k == ',' || Chars.isBlank(k)) {
                    break;
                }
                keyHash = 31 * keyHash + k;
                keyEnd++;
            }
            if (keyEnd == to || text.charAt(keyEnd) != '=') {
                String word = names.get(text, at, keyEnd, keyHash);
                FlowFlag flag = FlowFlag.of(word);
                if (flag != null) {
                    if (flags == null) {
                        flags = EnumSet.noneOf(FlowFlag.class);
                    }
                    flags.add(flag);
                } else {
                    match.add(shorthand(word, complaints));
                }
                at = keyEnd;
                continue;
            }
            String key = names.get(text, at, keyEnd, keyHash);
            int valueFrom = keyEnd + 1;
            if (key.equals("actions")) {
                actionList = actions.parse(text, valueFrom, to, complaints);
                incomplete = actions.unbalanced() || text.charAt(to - 1) == ',';
                break;
            }
            int valueTo = valueEnd(text, valueFrom, to, 31 * keyHash + '=');
            if (valueTo < 0) {
                complaints.add("a quote opened in '" + key + "=' never closes: the rest of the flow is lost");
                break;
            }
            switch (key) {
                case "cookie" -> {
                    int slash = Chars.indexOf(text, "/", valueFrom, valueTo);
                    long value = Chars.number(text, valueFrom, slash < 0 ? valueTo : slash);
                    if (value == Chars.NOT_A_NUMBER) {
                        complaints.add("cookie '" + text.substring(valueFrom, valueTo) + "' is not a number");
                    } else {
                        cookie = value;
                    }
                }
                case "duration" -> {
                    int end = valueTo > valueFrom && text.charAt(valueTo - 1) == 's' ? valueTo - 1 : valueTo;
                    double seconds = Chars.seconds(text, valueFrom, end);
                    if (Double.isNaN(seconds)) {
                        complaints.add("duration '" + text.substring(valueFrom, valueTo) + "' is not seconds");
                    }
                    duration = seconds;
                }
                case "table", "table_id" -> {
                    int value = smallNumber(text, valueFrom, valueTo, key, complaints);
                    if (value > 255) {
                        complaints.add("table " + value + " is beyond 255");
                    } else if (value >= 0) {
                        table = value;
                    }
                }
                case "priority" -> {
                    int value = smallNumber(text, valueFrom, valueTo, key, complaints);
                    if (value > 65535) {
                        complaints.add("priority " + value + " is beyond 65535");
                    } else if (value >= 0) {
                        priority = value;
                        priorityWritten = true;
                    }
                }
                case "n_packets" -> packets = counter(text, valueFrom, valueTo, key, complaints);
                case "n_bytes" -> bytes = counter(text, valueFrom, valueTo, key, complaints);
                case "n_offload_packets" -> offloadPackets = counter(text, valueFrom, valueTo, key, complaints);
                case "n_offload_bytes" -> offloadBytes = counter(text, valueFrom, valueTo, key, complaints);
                case "idle_timeout" -> idleTimeout = boxed(smallNumber(text, valueFrom, valueTo, key, complaints));
                case "hard_timeout" -> hardTimeout = boxed(smallNumber(text, valueFrom, valueTo, key, complaints));
                case "importance" -> importance = boxed(smallNumber(text, valueFrom, valueTo, key, complaints));
                case "idle_age" -> idleAge = age(text, valueFrom, valueTo, key, complaints);
                case "hard_age" -> hardAge = age(text, valueFrom, valueTo, key, complaints);
                default -> match.add(cachedMatchField(text, key, at, valueFrom, valueTo, tokenHash, complaints));
            }
            at = valueTo;
        }
        if (actionList == null) {
            incomplete = true;
            complaints.add("no 'actions=': not a flow, or the flow was cut off");
            return null;
        }
        FlowStats stats = new FlowStats(duration, packets, bytes, offloadPackets, offloadBytes, idleAge, hardAge);
        return new Flow(line, cookie, table, priority, priorityWritten, idleTimeout, hardTimeout, importance,
                flags == null ? Set.of() : flags, stats.isEmpty() ? FlowStats.NONE : stats, List.copyOf(match),
                actionList);
    }

    private static MatchField shorthand(String word, Complaints complaints) {
        if (!MatchFieldNames.SHORTHANDS.contains(word)) {
            complaints.add("'" + word + "' is neither a protocol (ip, tcp, arp...) nor a flow flag: kept as a match");
        }
        return MatchField.shorthand(word);
    }

    private MatchField cachedMatchField(String text, String key, int keyFrom, int from, int to, int hash,
                                        Complaints complaints) {
        MatchField cached = knownMatches.get(text, keyFrom, to, hash);
        if (cached != null) {
            return cached;
        }
        int before = complaintCount;
        MatchField field = matchField(text, key, from, to, complaints);
        if (complaintCount == before) {
            knownMatches.put(text, keyFrom, to, hash, field);
        }
        return field;
    }

    private MatchField matchField(String text, String key, int from, int to, Complaints complaints) {
        if (knownFields.known(key, 0, key.length()) == null && !MatchFieldNames.isNumberedOrRaw(key)) {
            complaints.add("'" + key + "' is not an OpenFlow match field OVS knows: kept as a match");
        }
        int slash = -1;
        if (from < to && text.charAt(from) != '"') {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '/') {
                    slash = i;
                    break;
                }
            }
        }
        int valueTo = slash < 0 ? to : slash;
        String value = value(text, from, valueTo);
        String mask = slash < 0 ? null : value(text, slash + 1, to);
        return new MatchField(key, value, mask);
    }

    private String value(String text, int from, int to) {
        return to - from <= INTERNED_VALUE_LENGTH ? values.get(text, from, to) : text.substring(from, to);
    }

    /**
     * Where the value starting at {@code from} ends: the next comma or blank outside quotes; -1 if a quote
     * never closes. On the way it finishes the hash of the whole {@code key=value} token into
     * {@link #tokenHash}, so the match cache needs no second pass over it.
     */
    private int valueEnd(String text, int from, int to, int hash) {
        int at = from;
        while (at < to) {
            char c = text.charAt(at);
            if (c == '"') {
                int close = Chars.quoteEnd(text, at, to);
                if (close < 0) {
                    return -1;
                }
                for (; at < close; at++) {
                    hash = 31 * hash + text.charAt(at);
                }
                c = text.charAt(at);
            } else if (c == ',' || Chars.isBlank(c)) {
                tokenHash = hash;
                return at;
            }
            hash = 31 * hash + c;
            at++;
        }
        tokenHash = hash;
        return to;
    }

    private static int smallNumber(String text, int from, int to, String key, Complaints complaints) {
        int value = Chars.smallNumber(text, from, to);
        if (value < 0) {
            complaints.add(key + " '" + text.substring(from, to) + "' is not a number: left out");
        }
        return value;
    }

    private static long counter(String text, int from, int to, String key, Complaints complaints) {
        long value = Chars.number(text, from, to);
        if (value < 0) {
            complaints.add(key + " '" + text.substring(from, to) + "' is not a number: left out");
            return FlowStats.ABSENT;
        }
        return value;
    }

    private static long age(String text, int from, int to, String key, Complaints complaints) {
        return Math.max(FlowStats.ABSENT, smallNumber(text, from, to, key, complaints));
    }

    private static Integer boxed(int value) {
        return value < 0 ? null : value;
    }

    /** Counts complaints on their way to the caller's sink; reused for every flow instead of a lambda each. */
    private final class Counting implements Complaints {
        private Complaints sink;

        @Override
        public void add(String reason) {
            complaintCount++;
            sink.add(reason);
        }
    }
}
