package io.ovnscope.collectors.snapshot;

import io.ovnscope.core.parse.Problem;
import io.ovnscope.core.snapshot.CapturedOutput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which bridge or table an output is about, from its catalog item or, failing that, its command line. */
final class Names {
    private Names() {
    }

    /** {@code flows/br-int} or {@code ovs-ofctl ... dump-flows br-int} give br-int. */
    static String bridge(CapturedOutput output) {
        int slash = output.item().indexOf('/');
        if (slash >= 0) {
            return output.item().substring(slash + 1);
        }
        return lastWord(output.command());
    }

    /** {@code nb/Load_Balancer} or {@code ovn-nbctl --format=json list Load_Balancer} give Load_Balancer. */
    static String table(CapturedOutput output) {
        if (output.item().startsWith("nb/")) {
            return output.item().substring(3);
        }
        return lastWord(output.command());
    }

    /** NorthboundAssembler tags each problem "Table: reason"; give each table its own, untagged. */
    static Map<String, List<Problem>> problemsByTable(List<Problem> problems, Set<String> tables) {
        Map<String, List<Problem>> byTable = new HashMap<>();
        for (Problem problem : problems) {
            String table = tables.stream()
                    .filter(t -> problem.reason().regionMatches(true, 0, t + ": ", 0, t.length() + 2))
                    .findFirst().orElse(null);
            String home = table != null ? table : tables.iterator().next();
            Problem own = table != null
                    ? new Problem(problem.line(), problem.text(), problem.reason().substring(table.length() + 2))
                    : problem;
            byTable.computeIfAbsent(home, t -> new ArrayList<>()).add(own);
        }
        return byTable;
    }

    private static String lastWord(String command) {
        String trimmed = command.strip();
        return trimmed.substring(trimmed.lastIndexOf(' ') + 1);
    }
}
