package io.ovnscope.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 004's ten traffic-flow tables, read from the byte-exact copy of its headings and table lines: for each
 * flow, its rows' where, srcIP:port and dstIP:port as the seed prints them.
 */
public final class SeedFlowTables {
    /** One row of a seed table, its cells trimmed. */
    public record Row(String where, String src, String dst) {
    }

    private SeedFlowTables() {
    }

    public static Map<String, List<Row>> read() {
        Map<String, List<Row>> tables = new LinkedHashMap<>();
        List<Row> current = null;
        for (String line : ClasspathFixtures.seed("004-flow-tables.md").split("\n")) {
            if (line.startsWith("### ")) {
                current = new ArrayList<>();
                tables.put(line.substring(4).trim(), current);
                continue;
            }
            String[] cells = line.split("\\|", -1);
            boolean data = cells.length > 4 && !cells[1].trim().equals("step") && !cells[1].startsWith(":");
            if (data && current != null) {
                current.add(new Row(cells[2].trim(), cells[3].trim(), cells[4].trim()));
            }
        }
        return tables;
    }
}
