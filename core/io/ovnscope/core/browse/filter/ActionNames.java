package io.ovnscope.core.browse.filter;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.PortRef;
import java.util.List;
import java.util.Locale;

/** The names {@code actions has NAME} answers to: each action's ovs-ofctl keyword, and a few helpful extras. */
final class ActionNames {
    /** The names completion offers after {@code actions has}. */
    static final List<String> COMMON = List.of("output", "resubmit", "ct", "nat", "drop", "load", "move",
            "set_field", "learn", "conjunction", "controller", "group", "note", "ct_clear", "dec_ttl", "clone",
            "check_pkt_larger", "sample", "multipath", "bundle", "goto_table", "write_metadata", "push", "pop",
            "set_tunnel", "set_queue", "pop_queue", "enqueue", "exit", "meter", "push_vlan", "pop_vlan",
            "normal", "local", "in_port", "flood");

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
        if (action instanceof Action.PopVlan pop) {
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
        if (action instanceof Action.Unknown unknown) {
            return keyword(unknown.text()).equals(name);
        }
        return name.equals(simpleName(action));
    }

    private static String simpleName(Action action) {
        if (action instanceof Action.Resubmit) {
            return "resubmit";
        } else if (action instanceof Action.Load) {
            return "load";
        } else if (action instanceof Action.Move) {
            return "move";
        } else if (action instanceof Action.SetField) {
            return "set_field";
        } else if (action instanceof Action.Learn) {
            return "learn";
        } else if (action instanceof Action.Conjunction) {
            return "conjunction";
        } else if (action instanceof Action.Controller) {
            return "controller";
        } else if (action instanceof Action.Group) {
            return "group";
        } else if (action instanceof Action.Drop) {
            return "drop";
        } else if (action instanceof Action.Note) {
            return "note";
        } else if (action instanceof Action.CtClear) {
            return "ct_clear";
        } else if (action instanceof Action.DecTtl) {
            return "dec_ttl";
        } else if (action instanceof Action.PushVlan) {
            return "push_vlan";
        } else if (action instanceof Action.Meter) {
            return "meter";
        } else if (action instanceof Action.CheckPacketLarger) {
            return "check_pkt_larger";
        } else if (action instanceof Action.Sample) {
            return "sample";
        } else if (action instanceof Action.Multipath) {
            return "multipath";
        } else if (action instanceof Action.GotoTable) {
            return "goto_table";
        } else if (action instanceof Action.WriteMetadata) {
            return "write_metadata";
        } else if (action instanceof Action.Push) {
            return "push";
        } else if (action instanceof Action.Pop) {
            return "pop";
        } else if (action instanceof Action.SetQueue) {
            return "set_queue";
        } else if (action instanceof Action.PopQueue) {
            return "pop_queue";
        } else if (action instanceof Action.Enqueue) {
            return "enqueue";
        } else if (action instanceof Action.Exit) {
            return "exit";
        }
        return "";
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
