package io.ovnscope.views.snapshot;

import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.core.model.openflow.FlowStats;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.parse.Problem;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns any model record into name/value rows for the details pane, by its components, so one pane shows
 * every kind of element without a form per type. Maps give a row per key, lists of records a row per element,
 * lists of named things their names. A few records have a short form a user knows better than their parts.
 */
public final class PropertyRows {
    static final String NONE = "—";
    private static final int LONG_TEXT = 400;
    private static final int LONG_LIST = 500;
    private static final Map<Class<?>, Function<Object, String>> SHORT_FORMS = Map.of(
            LoadBalancerVip.class, v -> ((LoadBalancerVip) v).vip() + " → " + ((LoadBalancerVip) v).backends()
                    .stream().map(Object::toString).collect(Collectors.joining(", ")),
            PortAddress.class, a -> ((PortAddress) a).text(),
            IptablesRule.class, r -> ((IptablesRule) r).text(),
            Flow.class, f -> FlowPrinter.print((Flow) f) + packets((Flow) f),
            Problem.class, p -> "line " + ((Problem) p).line() + ": " + ((Problem) p).reason()
                    + " — " + ((Problem) p).text());

    private PropertyRows() {
    }

    private static String packets(Flow flow) {
        return flow.stats().packets() == FlowStats.ABSENT ? "" : "   (n_packets=" + flow.stats().packets() + ")";
    }

    public static List<PropertyRow> of(Object subject) {
        List<PropertyRow> rows = new ArrayList<>();
        if (subject instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                add(rows, words(component.getName()), read(record, component));
            }
        } else {
            rows.add(new PropertyRow("value", text(subject)));
        }
        return rows;
    }

    private static void add(List<PropertyRow> rows, String name, Object value) {
        if (value instanceof Optional<?> optional) {
            add(rows, name, optional.orElse(null));
        } else if (value instanceof OptionalInt optional) {
            add(rows, name, optional.isPresent() ? optional.getAsInt() : null);
        } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((key, entry) -> rows.add(new PropertyRow(name + ": " + key, text(entry))));
        } else if (value instanceof Collection<?> list && !list.isEmpty() && listedOneByOne(list)) {
            int index = 1;
            for (Object element : list) {
                rows.add(new PropertyRow(name + " #" + index++, text(element)));
            }
        } else {
            rows.add(new PropertyRow(name, text(value)));
        }
    }

    /** Records other than named ones get a row each; names and plain values fit on one line. */
    private static boolean listedOneByOne(Collection<?> list) {
        Object first = list.iterator().next();
        return list.size() <= LONG_LIST && first instanceof Record && name(first).isEmpty();
    }

    static String text(Object value) {
        if (value == null) {
            return NONE;
        }
        Function<Object, String> shortForm = SHORT_FORMS.get(value.getClass());
        if (shortForm != null) {
            return shortForm.apply(value);
        }
        if (value instanceof Optional<?> optional) {
            return text(optional.orElse(null));
        }
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? Integer.toString(optional.getAsInt()) : NONE;
        }
        if (value instanceof Collection<?> list) {
            if (list.size() > LONG_LIST) {
                return list.size() + " (too many to list here)";
            }
            return list.isEmpty() ? "none" : list.size() + ": " + list.stream()
                    .map(e -> name(e).orElseGet(() -> text(e))).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "none" : map.entrySet().stream()
                    .map(e -> e.getKey() + "=" + text(e.getValue())).collect(Collectors.joining(", "));
        }
        if (value instanceof Record record && name(record).isEmpty() && !ownText(record)) {
            return inline(record);
        }
        if (value instanceof String string) {
            return shortened(string);
        }
        return name(value).orElseGet(value::toString);
    }

    /**
     * A nested record on one line, its empty parts, false flags and row UUID left out: inside its owner's
     * details a reader scans for addresses and next hops, and the element's own line has the rest.
     */
    private static String inline(Record record) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(record, component);
            if (component.getName().equals("uuid") || Boolean.FALSE.equals(value)) {
                continue;
            }
            String shown = text(value);
            if (!shown.equals(NONE) && !shown.equals("none") && !shown.isEmpty()) {
                parts.add(words(component.getName()) + " " + shown);
            }
        }
        return String.join(", ", parts);
    }

    /**
     * True for records that print themselves as users write them (an address as {@code 10.42.0.0/16}), rather
     * than with the generated {@code Name[part=value]} form.
     */
    private static boolean ownText(Record record) {
        return !record.toString().startsWith(record.getClass().getSimpleName() + "[");
    }

    private static String shortened(String text) {
        long lines = text.lines().count();
        if (text.length() <= LONG_TEXT && lines <= 1) {
            return text;
        }
        String start = text.substring(0, Math.min(LONG_TEXT, text.length())).lines().findFirst().orElse("");
        return lines + " lines, " + text.length() + " characters: " + start + " …";
    }

    /** The name of a record that has one, for lists that are best shown as their members' names. */
    private static Optional<String> name(Object value) {
        if (!(value instanceof Record record)) {
            return Optional.empty();
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals("name") && component.getType() == String.class) {
                return Optional.ofNullable((String) read(record, component)).filter(n -> !n.isEmpty());
            }
        }
        return Optional.empty();
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "(unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }

    /** {@code externalIds} → {@code external ids}. */
    static String words(String camelCase) {
        StringBuilder words = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }
}
