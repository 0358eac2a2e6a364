package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowFlag;
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
    /** Keys and words, seeded with the field names OVS knows: a million flows share one copy of each. */
    private final NameTable names = new NameTable(512)
            .with(MatchFieldNames.NAMES)
            .with(MatchFieldNames.SHORTHANDS.toArray(String[]::new));
    private final NameTable values = new NameTable(1 << 15);
    private final ActionParser actions = new ActionParser(names, values);
    private final NameTable knownFields = new NameTable(256)
            .with(MatchFieldNames.NAMES)
            .with(MatchFieldNames.SHORTHANDS.toArray(String[]::new));

    /** Values longer than this are not interned: addresses and long masks rarely repeat enough to pay. */
    private static final int INTERNED_VALUE_LENGTH = 18;
    /** Whole match fields by their text ("metadata=0x5", "ct_state=+new-est+trk"), shared between flows. */
    private final RegionCache<MatchField> knownMatches = new RegionCache<>(1 << 16, 64);
    private final List<MatchField> scratchMatch = new ArrayList<>(16);
    private final FlowHeader header = new FlowHeader();
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
        header.reset();
        Set<FlowFlag> flags = null;
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
                if (flag == null) {
                    match.add(shorthand(word, complaints));
                } else {
                    if (flags == null) {
                        flags = EnumSet.noneOf(FlowFlag.class);
                    }
                    flags.add(flag);
                }
                at = keyEnd;
                continue;
            }
            HeaderKey key = HeaderKey.of(text, at, keyEnd, keyHash);
            int valueFrom = keyEnd + 1;
            if (key == HeaderKey.ACTIONS) {
                actionList = actions.parse(text, valueFrom, to, complaints);
                incomplete = actions.unbalanced() || text.charAt(to - 1) == ',';
                break;
            }
            int valueTo = valueEnd(text, valueFrom, to, 31 * keyHash + '=');
            if (valueTo < 0) {
                complaints.add("a quote opened in '" + names.get(text, at, keyEnd, keyHash)
                        + "=' never closes: the rest of the flow is lost");
                break;
            }
            if (key == null) {
                match.add(cachedMatchField(text, at, keyEnd, keyHash, valueFrom, valueTo, tokenHash, complaints));
            } else {
                header.read(key, text, valueFrom, valueTo, complaints);
            }
            at = valueTo;
        }
        if (actionList == null) {
            incomplete = true;
            complaints.add("no 'actions=': not a flow, or the flow was cut off");
            return null;
        }
        return header.flow(line, flags == null ? Set.of() : flags, List.copyOf(match), actionList);
    }

    private static MatchField shorthand(String word, Complaints complaints) {
        if (!MatchFieldNames.SHORTHANDS.contains(word)) {
            complaints.add("'" + word + "' is neither a protocol (ip, tcp, arp...) nor a flow flag: kept as a match");
        }
        return MatchField.shorthand(word);
    }

    private MatchField cachedMatchField(String text, int keyFrom, int keyTo, int keyHash, int from, int to, int hash,
                                        Complaints complaints) {
        MatchField cached = knownMatches.get(text, keyFrom, to, hash);
        if (cached != null) {
            return cached;
        }
        int before = complaintCount;
        MatchField field = matchField(text, names.get(text, keyFrom, keyTo, keyHash), from, to, complaints);
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
