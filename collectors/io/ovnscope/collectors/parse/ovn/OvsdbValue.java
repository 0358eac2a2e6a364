package io.ovnscope.collectors.parse.ovn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One OVSDB column value as ovn-nbctl prints it, in JSON ({@code ["set",[...]]}, {@code ["map",[[k,v]]]},
 * {@code ["uuid","..."]}, a bare atom for a one-element set) or as text ({@code [a, b]}, {@code {k=v}},
 * {@code "quoted"}, bare words). Both forms read into this, so one mapping serves both.
 */
public sealed interface OvsdbValue {
    /** The value as a list of strings: an atom is a list of one, a set its members, a map its keys. */
    List<String> strings();

    /** The value when it holds exactly one atom (an optional column that is set), else empty. */
    default Optional<String> single() {
        List<String> strings = strings();
        return strings.size() == 1 ? Optional.of(strings.get(0)) : Optional.empty();
    }

    /** The value as a map; empty for anything that is not a map. */
    default Map<String, String> map() {
        return Map.of();
    }

    /** A string, number or boolean, kept as its text (numbers and booleans as JSON writes them). */
    record Atom(String text) implements OvsdbValue {
        @Override
        public List<String> strings() {
            return List.of(text);
        }
    }

    /** A reference to another row ({@code ["uuid",...]} or {@code ["named-uuid",...]}). */
    record Uuid(String uuid) implements OvsdbValue {
        @Override
        public List<String> strings() {
            return List.of(uuid);
        }
    }

    record SetOf(List<OvsdbValue> members) implements OvsdbValue {
        public SetOf {
            members = List.copyOf(members);
        }

        @Override
        public List<String> strings() {
            return members.stream().flatMap(m -> m.strings().stream()).toList();
        }
    }

    record MapOf(List<Map.Entry<String, String>> entries) implements OvsdbValue {
        public MapOf {
            entries = List.copyOf(entries);
        }

        @Override
        public List<String> strings() {
            return entries.stream().map(Map.Entry::getKey).toList();
        }

        /** The entries in the order written (later duplicates lose). */
        @Override
        public Map<String, String> map() {
            Map<String, String> map = new LinkedHashMap<>();
            entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
            return map;
        }
    }
}
