package io.ovnscope.core.nodeport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which OpenFlow table number each {@link NodePortTable} has; every table is present. */
public record NodePortTables(Map<NodePortTable, Integer> numbers) {
    public static final int MAX_TABLE = 254;

    public NodePortTables {
        EnumMap<NodePortTable, Integer> copy = new EnumMap<>(NodePortTable.class);
        copy.putAll(numbers);
        for (NodePortTable table : NodePortTable.values()) {
            if (!copy.containsKey(table) || copy.get(table) == null) {
                throw new IllegalArgumentException("no number for " + table.seedName());
            }
        }
        numbers = Collections.unmodifiableMap(copy);
    }

    public static NodePortTables seed() {
        Map<NodePortTable, Integer> numbers = new EnumMap<>(NodePortTable.class);
        for (NodePortTable table : NodePortTable.values()) {
            numbers.put(table, table.seedNumber());
        }
        return new NodePortTables(numbers);
    }

    public int number(NodePortTable table) {
        return numbers.get(table);
    }

    public NodePortTables with(NodePortTable table, int number) {
        Map<NodePortTable, Integer> changed = new EnumMap<>(numbers);
        changed.put(table, number);
        return new NodePortTables(changed);
    }

    /** Numbers out of 0-254 and numbers given to two tables: two tables in one would mix their flows. */
    List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        Map<Integer, NodePortTable> seen = new HashMap<>();
        for (NodePortTable table : NodePortTable.values()) {
            int number = numbers.get(table);
            String field = "table " + table.seedName();
            if (number < 0 || number > MAX_TABLE) {
                errors.add(new FieldError(field, "must be 0 to " + MAX_TABLE + " (255 is OpenFlow's \"all tables\"), not "
                        + number));
            } else if (seen.containsKey(number)) {
                errors.add(new FieldError(field, "is " + number + ", the same as " + seen.get(number).seedName()
                        + "; each table needs its own number"));
            } else {
                seen.put(number, table);
            }
        }
        return errors;
    }
}
