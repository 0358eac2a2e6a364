package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.Argument;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.PortRef;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an action list as ovs-ofctl and bridge/dump-flows print it, recursing into ct(exec(...)) and
 * clone(...). An action it cannot read becomes {@link Action.Unknown} with its text, and is reported.
 */
final class ActionParser {
    private static final Action DROP = new Action.Drop();
    private static final Action CT_CLEAR = new Action.CtClear();
    private static final Action POP_VLAN = new Action.PopVlan(false);
    private static final Action STRIP_VLAN = new Action.PopVlan(true);
    private static final Action DEC_TTL = new Action.DecTtl(List.of());
    private static final Action POP_QUEUE = new Action.PopQueue();
    private static final Action EXIT = new Action.Exit();
    private static final int MAX_DEPTH = 16;
    private static final int CACHED_LENGTH = 200;

    private final NameTable names;
    private final NameTable values;
    private final FieldRefReader fields;
    private final CtReader cts;
    private final LearnReader learns;
    /** Whole actions by their text: an OVN br-int repeats "resubmit(,8)" or one ct(...) thousands of times. */
    private final RegionCache<Action> known = new RegionCache<>(1 << 16, CACHED_LENGTH);
    /** Whole action lists by their text: many flows of a bridge end in exactly the same actions. */
    private final RegionCache<List<Action>> knownLists = new RegionCache<>(1 << 16, CACHED_LENGTH);
    private int complaintCount;
    private final Counting counting = new Counting();
    private boolean unbalanced;

    ActionParser(NameTable names, NameTable values) {
        this.names = names;
        this.values = values;
        this.fields = new FieldRefReader(names);
        this.cts = new CtReader(fields);
        this.learns = new LearnReader(fields);
    }

    List<Action> parse(String text, int from, int to, Complaints complaints) {
        unbalanced = false;
        int hash = to - from <= CACHED_LENGTH ? RegionCache.hash(text, from, to) : 0;
        List<Action> cached = knownLists.get(text, from, to, hash);
        if (cached != null) {
            return cached;
        }
        int complaintsBefore = complaintCount;
        counting.sink = complaints;
        List<Action> actions = List.copyOf(list(text, from, to, counting, 0));
        if (complaintCount == complaintsBefore) {
            knownLists.put(text, from, to, hash, actions);
        }
        return actions;
    }

    /** Whether the last {@link #parse} met a bracket or quote that never closes: a cut or wrapped flow. */
    boolean unbalanced() {
        return unbalanced;
    }

    private List<Action> list(String text, int from, int to, Complaints complaints, int depth) {
        from = Chars.skipBlanks(text, from, to);
        to = Chars.trimEnd(text, from, to);
        if (from >= to) {
            return List.of();
        }
        List<Action> actions = new ArrayList<>(4);
        int at = from;
        while (at <= to) {
            int comma = Chars.nextComma(text, at, to);
            if (comma < 0) {
                if (depth == 0) {
                    unbalanced = true;
                }
                complaints.add("unbalanced brackets or quotes in actions '" + text.substring(at, to)
                        + "': kept as one unknown action");
                actions.add(new Action.Unknown(text.substring(at, to)));
                break;
            }
            int start = Chars.skipBlanks(text, at, comma);
            int end = Chars.trimEnd(text, start, comma);
            if (start < end) {
                actions.add(one(text, start, end, complaints, depth));
            } else {
                complaints.add("an empty action between commas");
            }
            at = comma + 1;
            if (comma == to) {
                break;
            }
        }
        return actions;
    }

    private Action one(String text, int from, int to, Complaints complaints, int depth) {
        int hash = to - from <= CACHED_LENGTH ? RegionCache.hash(text, from, to) : 0;
        Action cached = known.get(text, from, to, hash);
        if (cached != null) {
            return cached;
        }
        int complaintsBefore = complaintCount;
        Action action = depth > MAX_DEPTH ? null : known(text, from, to, complaints, depth);
        if (action != null && complaintCount == complaintsBefore) {
            known.put(text, from, to, hash, action);
        }
        if (action == null) {
            String raw = text.substring(from, to);
            complaints.add("unknown or malformed action '" + shorten(raw) + "': kept as text");
            return new Action.Unknown(raw);
        }
        return action;
    }

    private Action known(String text, int from, int to, Complaints complaints, int depth) {
        int nameEnd = from;
        while (nameEnd < to) {
            char c = text.charAt(nameEnd);
            if (c == ':' || c == '(' || c == '=') {
                break;
            }
            nameEnd++;
        }
        String name = names.get(text, from, nameEnd);
        boolean bare = nameEnd == to;
        boolean colon = !bare && text.charAt(nameEnd) == ':';
        boolean paren = !bare && text.charAt(nameEnd) == '(';
        int argFrom = nameEnd + 1;
        int argTo = to;
        if (paren) {
            int close = Chars.closing(text, nameEnd, to);
            if (close < 0) {
                return null;
            }
            argTo = close;
            if (close != to - 1 && !name.equals("check_pkt_larger")) {
                return null;
            }
        }
        if (bare) {
            return bareAction(text, from, to, name);
        }
        return switch (name) {
            case "output" -> colon ? output(text, argFrom, argTo)
                    : paren ? outputWithLength(text, argFrom, argTo) : null;
            case "resubmit" -> colon ? portResubmit(text, argFrom, argTo)
                    : paren ? resubmit(text, argFrom, argTo) : null;
            case "ct" -> paren ? cts.read(text, argFrom, argTo,
                    (exec, execFrom, execTo) -> list(exec, execFrom, execTo, complaints, depth + 1)) : null;
            case "load" -> colon ? load(text, argFrom, argTo) : null;
            case "move" -> colon ? move(text, argFrom, argTo) : null;
            case "set_field" -> colon ? setField(text, argFrom, argTo) : null;
            case "learn" -> paren ? learns.read(text, argFrom, argTo) : null;
            case "conjunction" -> paren ? conjunction(text, argFrom, argTo) : null;
            case "controller", "CONTROLLER" -> controller(text, argFrom, argTo, colon);
            case "group" -> colon ? group(text, argFrom, argTo) : null;
            case "meter" -> colon ? meter(text, argFrom, argTo) : null;
            case "note" -> colon ? new Action.Note(text.substring(argFrom, argTo)) : null;
            case "dec_ttl" -> paren ? decTtl(text, argFrom, argTo) : null;
            case "push_vlan" -> colon ? new Action.PushVlan(values.get(text, argFrom, argTo)) : null;
            case "clone" -> paren ? new Action.Clone(list(text, argFrom, argTo, complaints, depth + 1)) : null;
            case "check_pkt_larger" -> paren ? checkPacketLarger(text, argFrom, argTo, to) : null;
            case "sample" -> paren ? new Action.Sample(arguments(text, argFrom, argTo)) : null;
            case "multipath" -> paren ? new Action.Multipath(plainArguments(text, argFrom, argTo)) : null;
            case "bundle", "bundle_load" -> paren
                    ? new Action.Bundle(name.equals("bundle_load"), plainArguments(text, argFrom, argTo)) : null;
            case "goto_table" -> colon ? gotoTable(text, argFrom, argTo) : null;
            case "push" -> colon ? stack(text, argFrom, argTo, true) : null;
            case "pop" -> colon ? stack(text, argFrom, argTo, false) : null;
            case "set_tunnel", "set_tunnel64" -> colon && Chars.number(text, argFrom, argTo) != Chars.NOT_A_NUMBER
                    ? new Action.SetTunnel(text.substring(argFrom, argTo), name.equals("set_tunnel64")) : null;
            case "set_queue" -> colon ? setQueue(text, argFrom, argTo) : null;
            case "enqueue" -> colon ? enqueue(text, argFrom, argTo) : null;
            case "write_metadata" -> colon ? writeMetadata(text, argFrom, argTo) : null;
            default -> name.startsWith("mod_") && colon && argFrom < argTo
                    ? new Action.Modify(name, values.get(text, argFrom, argTo)) : null;
        };
    }

    private Action bareAction(String text, int from, int to, String name) {
        switch (name) {
            case "drop":
                return DROP;
            case "ct_clear":
                return CT_CLEAR;
            case "pop_vlan":
                return POP_VLAN;
            case "strip_vlan":
                return STRIP_VLAN;
            case "dec_ttl":
                return DEC_TTL;
            case "pop_queue":
                return POP_QUEUE;
            case "exit":
                return EXIT;
            case "controller":
            case "CONTROLLER":
                return new Action.Controller(List.of());
            default:
                break;
        }
        long number = Chars.number(text, from, to);
        if (number >= 0 && number <= 0xffffffffL) {
            return Action.Output.to(new PortRef.Numbered(number));
        }
        PortRef port = PortRef.parse(name);
        return port instanceof PortRef.Reserved ? Action.Output.to(port) : null;
    }

    private Action output(String text, int from, int to) {
        if (from >= to) {
            return null;
        }
        if (text.charAt(to - 1) == ']') {
            FieldRef field = fields.read(text, from, to);
            return field == null ? null : new Action.Output(null, field, null);
        }
        return Action.Output.to(port(text, from, to));
    }

    private Action outputWithLength(String text, int from, int to) {
        PortRef port = null;
        FieldRef field = null;
        Integer maxLength = null;
        for (Argument argument : arguments(text, from, to)) {
            if (argument.value() == null) {
                return null;
            }
            switch (argument.key()) {
                case "port" -> {
                    if (argument.value().endsWith("]")) {
                        field = fields.read(argument.value(), 0, argument.value().length());
                    } else {
                        port = PortRef.parse(argument.value());
                    }
                }
                case "max_len" -> {
                    int length = Chars.smallNumber(argument.value(), 0, argument.value().length());
                    if (length < 0) {
                        return null;
                    }
                    maxLength = length;
                }
                default -> {
                    return null;
                }
            }
        }
        return port == null && field == null ? null : new Action.Output(port, field, maxLength);
    }

    private PortRef port(String text, int from, int to) {
        long number = Chars.number(text, from, to);
        if (number >= 0 && number <= 0xffffffffL) {
            return new PortRef.Numbered(number);
        }
        return PortRef.parse(text.substring(from, to));
    }

    private Action portResubmit(String text, int from, int to) {
        return from < to ? new Action.Resubmit(port(text, from, to), null, false) : null;
    }

    private Action resubmit(String text, int from, int to) {
        int comma1 = Chars.nextComma(text, from, to);
        if (comma1 < 0 || comma1 == to) {
            return null;
        }
        int comma2 = Chars.nextComma(text, comma1 + 1, to);
        if (comma2 < 0) {
            return null;
        }
        boolean ct = false;
        if (comma2 < to) {
            if (!text.substring(comma2 + 1, to).trim().equals("ct")) {
                return null;
            }
            ct = true;
        }
        PortRef port = comma1 > from ? port(text, from, comma1) : null;
        Integer table = null;
        if (comma2 > comma1 + 1) {
            int number = Chars.smallNumber(text, comma1 + 1, comma2);
            if (number < 0 || number > 255) {
                return null;
            }
            table = number;
        }
        return port == null && table == null ? null : new Action.Resubmit(port, table, ct);
    }

    private Action load(String text, int from, int to) {
        int arrow = Chars.indexOf(text, "->", from, to);
        if (arrow <= from) {
            return null;
        }
        FieldRef destination = fields.read(text, arrow + 2, to);
        return destination == null ? null : new Action.Load(values.get(text, from, arrow), destination);
    }

    private Action move(String text, int from, int to) {
        int arrow = Chars.indexOf(text, "->", from, to);
        if (arrow <= from) {
            return null;
        }
        FieldRef source = fields.read(text, from, arrow);
        FieldRef destination = fields.read(text, arrow + 2, to);
        return source == null || destination == null ? null : new Action.Move(source, destination);
    }

    private Action setField(String text, int from, int to) {
        int arrow = Chars.indexOf(text, "->", from, to);
        if (arrow <= from) {
            return null;
        }
        FieldRef field = fields.read(text, arrow + 2, to);
        if (field == null) {
            return null;
        }
        int slash = Chars.indexOf(text, "/", from, arrow);
        if (slash < 0) {
            return new Action.SetField(values.get(text, from, arrow), null, field);
        }
        return new Action.SetField(values.get(text, from, slash), values.get(text, slash + 1, arrow), field);
    }

    private Action conjunction(String text, int from, int to) {
        int comma = Chars.indexOf(text, ",", from, to);
        int slash = comma < 0 ? -1 : Chars.indexOf(text, "/", comma, to);
        if (slash < 0) {
            return null;
        }
        long id = Chars.number(text, Chars.skipBlanks(text, from, comma), comma);
        int clause = Chars.smallNumber(text, Chars.skipBlanks(text, comma + 1, slash), slash);
        int clauses = Chars.smallNumber(text, slash + 1, to);
        if (id < 0 || id > 0xffffffffL || clause < 1 || clauses < clause || clauses > 64) {
            return null;
        }
        return new Action.Conjunction(id, clause, clauses);
    }

    private Action controller(String text, int from, int to, boolean colon) {
        if (colon) {
            int length = Chars.smallNumber(text, from, to);
            return length < 0 ? null
                    : new Action.Controller(List.of(new Argument("max_len", Integer.toString(length))));
        }
        return new Action.Controller(arguments(text, from, to));
    }

    private Action group(String text, int from, int to) {
        long id = Chars.number(text, from, to);
        return id < 0 || id > 0xffffffffL ? null : new Action.Group(id);
    }

    private Action meter(String text, int from, int to) {
        long id = Chars.number(text, from, to);
        return id < 0 || id > 0xffffffffL ? null : new Action.Meter(id);
    }

    private Action decTtl(String text, int from, int to) {
        List<Integer> ids = new ArrayList<>();
        for (String part : plainArguments(text, from, to)) {
            int id = Chars.smallNumber(part, 0, part.length());
            if (id < 0) {
                return null;
            }
            ids.add(id);
        }
        return new Action.DecTtl(ids);
    }

    private Action checkPacketLarger(String text, int from, int close, int to) {
        int size = Chars.smallNumber(text, from, close);
        if (size < 0 || !Chars.startsWith(text, close + 1, to, "->")) {
            return null;
        }
        FieldRef destination = fields.read(text, close + 3, to);
        return destination == null ? null : new Action.CheckPacketLarger(size, destination);
    }

    private Action stack(String text, int from, int to, boolean push) {
        FieldRef field = fields.read(text, from, to);
        if (field == null) {
            return null;
        }
        return push ? new Action.Push(field) : new Action.Pop(field);
    }

    private Action setQueue(String text, int from, int to) {
        long queue = Chars.number(text, from, to);
        return queue < 0 || queue > 0xffffffffL ? null : new Action.SetQueue(queue);
    }

    private Action enqueue(String text, int from, int to) {
        int colon = Chars.indexOf(text, ":", from, to);
        if (colon <= from) {
            return null;
        }
        long queue = Chars.number(text, colon + 1, to);
        return queue < 0 || queue > 0xffffffffL ? null : new Action.Enqueue(port(text, from, colon), queue);
    }

    private Action gotoTable(String text, int from, int to) {
        int table = Chars.smallNumber(text, from, to);
        return table < 0 || table > 255 ? null : new Action.GotoTable(table);
    }

    private Action writeMetadata(String text, int from, int to) {
        int slash = Chars.indexOf(text, "/", from, to);
        if (from >= to || slash == from) {
            return null;
        }
        return slash < 0 ? new Action.WriteMetadata(text.substring(from, to), null)
                : new Action.WriteMetadata(text.substring(from, slash), text.substring(slash + 1, to));
    }

    private List<Argument> arguments(String text, int from, int to) {
        List<Argument> arguments = new ArrayList<>();
        for (String part : plainArguments(text, from, to)) {
            int equals = part.indexOf('=');
            arguments.add(equals < 0 ? new Argument(part, null)
                    : new Argument(part.substring(0, equals), part.substring(equals + 1)));
        }
        return arguments;
    }

    private static List<String> plainArguments(String text, int from, int to) {
        List<String> parts = new ArrayList<>();
        int at = from;
        while (at < to) {
            int comma = Chars.nextComma(text, at, to);
            if (comma < 0) {
                comma = to;
            }
            parts.add(text.substring(at, comma).trim());
            at = comma + 1;
        }
        return parts;
    }

    private static String shorten(String raw) {
        return raw.length() <= 80 ? raw : raw.substring(0, 77) + "...";
    }

    /** Counts complaints on their way to the caller's sink; reused for every list instead of a lambda each. */
    private final class Counting implements Complaints {
        private Complaints sink;

        @Override
        public void add(String reason) {
            complaintCount++;
            sink.add(reason);
        }
    }
}
