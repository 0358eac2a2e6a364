package io.ovnscope.core.browse.filter;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.PortRef;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The names {@code actions has NAME} answers to: each action's ovs-ofctl keyword, and a few helpful extras. */
final class ActionNames {
    /** The names completion offers after {@code actions has}. */
    static final List<String> COMMON = List.of("output", "resubmit", "ct", "nat", "drop", "load", "move",
            "set_field", "learn", "conjunction", "controller", "group", "note", "ct_clear", "dec_ttl", "clone",
            "check_pkt_larger", "sample", "multipath", "bundle", "goto_table", "write_metadata", "push", "pop",
            "set_tunnel", "set_queue", "pop_queue", "enqueue", "exit", "meter", "push_vlan", "pop_vlan",
            "normal", "local", "in_port", "flood");

    /** Actions that answer to one fixed keyword, looked up by class: a chain of instanceof costs more. */
    private static final Map<Class<?>, String> KEYWORDS = Map.ofEntries(
            Map.entry(Action.Resubmit.class, "resubmit"), Map.entry(Action.Load.class, "load"),
            Map.entry(Action.Move.class, "move"), Map.entry(Action.SetField.class, "set_field"),
            Map.entry(Action.Learn.class, "learn"), Map.entry(Action.Conjunction.class, "conjunction"),
            Map.entry(Action.Controller.class, "controller"), Map.entry(Action.Group.class, "group"),
            Map.entry(Action.Drop.class, "drop"), Map.entry(Action.Note.class, "note"),
            Map.entry(Action.CtClear.class, "ct_clear"), Map.entry(Action.DecTtl.class, "dec_ttl"),
            Map.entry(Action.PushVlan.class, "push_vlan"), Map.entry(Action.Meter.class, "meter"),
            Map.entry(Action.CheckPacketLarger.class, "check_pkt_larger"), Map.entry(Action.Sample.class, "sample"),
            Map.entry(Action.Multipath.class, "multipath"), Map.entry(Action.GotoTable.class, "goto_table"),
            Map.entry(Action.WriteMetadata.class, "write_metadata"), Map.entry(Action.Push.class, "push"),
            Map.entry(Action.Pop.class, "pop"), Map.entry(Action.SetQueue.class, "set_queue"),
            Map.entry(Action.PopQueue.class, "pop_queue"), Map.entry(Action.Enqueue.class, "enqueue"),
            Map.entry(Action.Exit.class, "exit"));

    private ActionNames() {
    }

    /** Whether any action of the list (an empty list is a drop) answers to the name, nested ones included. */
    static boolean has(List<Action> actions, String name) {
        if (actions.isEmpty()) {
            return name.equals("drop");
        }
        for (Action action : actions) {
            if (answers(action, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean answers(Action action, String name) {
        String keyword = KEYWORDS.get(action.getClass());
        if (keyword != null) {
            return keyword.equals(name);
        }
        if (action instanceof Action.Output output) {
            return name.equals("output") || output.port() instanceof PortRef.Reserved reserved
                    && reserved.name().toLowerCase(Locale.ROOT).equals(name);
        }
        if (action instanceof Action.Ct ct) {
            return name.equals("ct") || name.equals("nat") && ct.nat() != null
                    || ct.exec() != null && !ct.exec().isEmpty() && has(ct.exec(), name);
        }
        if (action instanceof Action.Clone clone) {
            return name.equals("clone") || !clone.actions().isEmpty() && has(clone.actions(), name);
        }
        if (action instanceof Action.PopVlan) {
            return name.equals("pop_vlan") || name.equals("strip_vlan");
        }
        if (action instanceof Action.Modify modify) {
            return modify.name().equals(name);
        }
        if (action instanceof Action.SetTunnel tunnel) {
            return name.equals(tunnel.sixtyFourBits() ? "set_tunnel64" : "set_tunnel");
        }
        if (action instanceof Action.Bundle bundle) {
            return name.equals(bundle.load() ? "bundle_load" : "bundle");
        }
        return action instanceof Action.Unknown unknown && keyword(unknown.text()).equals(name);
    }

    /** The keyword an unknown action starts with: the text up to '(' or ':'. */
    private static String keyword(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '(' && text.charAt(end) != ':') {
            end++;
        }
        return text.substring(0, end);
    }
}
