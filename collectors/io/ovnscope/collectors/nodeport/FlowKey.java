package io.ovnscope.collectors.nodeport;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.core.model.openflow.MatchField;
import io.ovnscope.core.model.openflow.PortRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two flows the same flow, whether written as add-flow takes it or as a dump prints it back. OVS
 * rewrites what it is given: it reorders the match, folds {@code ip,tcp} into {@code tcp}, prints
 * {@code load:0x1->NXM_NX_REG8[]} as {@code set_field:0x1->reg8} and a bare port as {@code output:2}. A key
 * undoes exactly those rewrites; any other difference stays a difference, so a check errs on the side of
 * "not what was planned".
 *
 * @param match   the match fields as a set, {@code ip} dropped where a transport shorthand implies it
 * @param actions the actions in order, load to a whole register written as set_field, drop as nothing
 */
record FlowKey(long cookie, int table, int priority, Set<String> match, List<String> actions) {
    private static final Set<String> IMPLY_IP = Set.of("tcp", "udp", "sctp", "icmp");
    private static final Set<String> IMPLY_IPV6 = Set.of("tcp6", "udp6", "sctp6", "icmp6");
    private static final Pattern NXM_REGISTER = Pattern.compile("NXM_NX_(REG|XXREG|XREG)(\\d+)");

    static FlowKey of(Flow flow) {
        return new FlowKey(flow.cookie(), flow.table(), flow.priority(), match(flow.match()), actions(flow.actions()));
    }

    /** The same key without the cookie: a flow OVS would replace when this one is added. */
    Slot slot() {
        return new Slot(table, priority, match);
    }

    record Slot(int table, int priority, Set<String> match) {
    }

    private static Set<String> match(List<MatchField> fields) {
        Set<String> names = new TreeSet<>();
        fields.stream().filter(MatchField::isShorthand).forEach(f -> names.add(f.name()));
        Set<String> out = new TreeSet<>();
        for (MatchField field : fields) {
            if (field.isShorthand()) {
                boolean implied = field.name().equals("ip") && names.stream().anyMatch(IMPLY_IP::contains)
                        || field.name().equals("ipv6") && names.stream().anyMatch(IMPLY_IPV6::contains);
                if (!implied) {
                    out.add(field.name());
                }
            } else {
                String value = field.name().equals("ct_state") ? ctState(field.value()) : field.value();
                out.add(field.name() + "=" + value.toLowerCase(Locale.ROOT)
                        + (field.mask() == null ? "" : "/" + field.mask().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** {@code +trk+new} and {@code +new+trk} are one state. */
    private static String ctState(String value) {
        List<String> flags = new ArrayList<>();
        Matcher m = Pattern.compile("[+-][a-z]+").matcher(value);
        while (m.find()) {
            flags.add(m.group());
        }
        if (flags.isEmpty()) {
            return value;
        }
        String[] sorted = flags.toArray(String[]::new);
        Arrays.sort(sorted);
        return String.join("", sorted);
    }

    private static List<String> actions(List<Action> actions) {
        List<String> out = new ArrayList<>();
        for (Action action : actions) {
            if (action instanceof Action.Drop) {
                continue;
            }
            if (action instanceof Action.Load load && isWhole(load.destination())) {
                out.add("set_field:" + load.value().toLowerCase(Locale.ROOT) + "->" + fieldName(load.destination()));
            } else if (action instanceof Action.SetField set && isWhole(set.field())) {
                out.add("set_field:" + set.value().toLowerCase(Locale.ROOT)
                        + (set.mask() == null ? "" : "/" + set.mask().toLowerCase(Locale.ROOT)) + "->"
                        + fieldName(set.field()));
            } else if (action instanceof Action.Output output && output.port() instanceof PortRef.Numbered n
                    && output.field() == null && output.maxLength() == null) {
                out.add("output:" + n.number());
            } else {
                out.add(FlowPrinter.actions(List.of(action)));
            }
        }
        return out;
    }

    private static boolean isWhole(FieldRef field) {
        return field != null && field.start() == null;
    }

    /** {@code NXM_NX_REG8} is {@code reg8}; other names are compared as written. */
    private static String fieldName(FieldRef field) {
        Matcher m = NXM_REGISTER.matcher(field.field());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) + m.group(2) : field.field().toLowerCase(Locale.ROOT);
    }
}
