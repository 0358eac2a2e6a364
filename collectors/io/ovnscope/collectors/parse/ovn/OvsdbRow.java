package io.ovnscope.collectors.parse.ovn;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of an OVSDB table as a list command printed it.
 *
 * @param line    the 1-based line where the row starts (1 for the one-line JSON form)
 * @param text    that line, for problems that point at the row
 * @param columns the columns in the order printed
 */
public record OvsdbRow(int line, String text, Map<String, OvsdbValue> columns) {
    public OvsdbRow {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The column's single atom, empty when the column is missing, empty ({@code []}) or has several. */
    public Optional<String> string(String column) {
        OvsdbValue value = columns.get(column);
        return value == null ? Optional.empty() : value.single();
    }

    /** The column's single atom, or "" when it has none. */
    public String text(String column) {
        return string(column).orElse("");
    }

    public List<String> strings(String column) {
        OvsdbValue value = columns.get(column);
        return value == null ? List.of() : value.strings();
    }

    public Map<String, String> map(String column) {
        OvsdbValue value = columns.get(column);
        return value == null ? Map.of() : value.map();
    }

    /** The row's _uuid, or "" when the output does not carry it. */
    public String uuid() {
        return text("_uuid");
    }
}
