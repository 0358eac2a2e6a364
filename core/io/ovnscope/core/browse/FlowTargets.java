package io.ovnscope.core.browse;

import io.ovnscope.core.model.openflow.Action;
import java.util.ArrayList;
import java.util.List;

/** The tables a flow's actions send the packet on to: resubmit(,N), ct(table=N), goto_table:N, nested too. */
public final class FlowTargets {
    private FlowTargets() {
    }

    /** The table an action itself continues in, or -1 (an action that goes nowhere, or to this table). */
    public static int table(Action action) {
        if (action instanceof Action.Resubmit resubmit && resubmit.table() != null) {
            return resubmit.table();
        }
        if (action instanceof Action.Ct ct && ct.table() != null) {
            return ct.table();
        }
        if (action instanceof Action.GotoTable goTo) {
            return goTo.table();
        }
        return -1;
    }

    /** Every target table in action order, inside clone() and ct(exec()) too, each once. */
    public static List<Integer> tables(List<Action> actions) {
        List<Integer> tables = new ArrayList<>();
        collect(actions, tables);
        return tables;
    }

    private static void collect(List<Action> actions, List<Integer> into) {
        for (Action action : actions) {
            int table = table(action);
            if (table >= 0 && !into.contains(table)) {
                into.add(table);
            }
            if (action instanceof Action.Clone clone) {
                collect(clone.actions(), into);
            } else if (action instanceof Action.Ct ct && ct.exec() != null) {
                collect(ct.exec(), into);
            }
        }
    }
}
