package io.ovnscope.core.model.openflow;

import java.util.List;

/**
 * One OpenFlow action as ovs-ofctl prints it. Anything the parser does not know stays as {@link Unknown}
 * with its text, so nothing is dropped; the parser also reports it.
 */
public sealed interface Action {

    /** output:PORT, a bare reserved port (NORMAL, LOCAL, IN_PORT...), a bare number, or output:FIELD. */
    record Output(PortRef port, FieldRef field, Integer maxLength) implements Action {
        public static Output to(PortRef port) {
            return new Output(port, null, null);
        }
    }

    /** resubmit(PORT,TABLE[,ct]) or resubmit:PORT; port or table may be missing (null). */
    record Resubmit(PortRef port, Integer table, boolean ct) implements Action {
    }

    /** ct(...): zone is either a number or a field slice. */
    record Ct(boolean commit, boolean force, Integer table, Long zone, FieldRef zoneField, Nat nat,
              List<Action> exec, String alg) implements Action {
        public Ct {
            exec = exec == null ? null : List.copyOf(exec);
        }
    }

    /** load:VALUE->FIELD (OpenFlow 1.0 dumps; OpenFlow 1.3+ dumps print set_field instead). */
    record Load(String value, FieldRef destination) implements Action {
    }

    record Move(FieldRef source, FieldRef destination) implements Action {
    }

    /** set_field:VALUE[/MASK]->FIELD. */
    record SetField(String value, String mask, FieldRef field) implements Action {
    }

    record Learn(List<LearnPart> parts) implements Action {
        public Learn {
            parts = List.copyOf(parts);
        }
    }

    /** conjunction(ID,CLAUSE/N_CLAUSES), clause counted from 1. */
    record Conjunction(long id, int clause, int clauses) implements Action {
    }

    /** controller, controller:MAX_LEN or controller(key=value,...). */
    record Controller(List<Argument> arguments) implements Action {
        public Controller {
            arguments = List.copyOf(arguments);
        }
    }

    record Group(long id) implements Action {
    }

    record Drop() implements Action {
    }

    /** note:hex bytes, kept as written. */
    record Note(String hex) implements Action {
    }

    record CtClear() implements Action {
    }

    /** dec_ttl or dec_ttl(ids...). */
    record DecTtl(List<Integer> controllerIds) implements Action {
        public DecTtl {
            controllerIds = List.copyOf(controllerIds);
        }
    }

    /** mod_dl_src, mod_dl_dst, mod_nw_src, mod_nw_dst, mod_nw_tos, mod_nw_ecn, mod_nw_ttl, mod_tp_src,
     *  mod_tp_dst, mod_vlan_vid, mod_vlan_pcp: name without the mod_ prefix kept as written. */
    record Modify(String name, String value) implements Action {
    }

    record PushVlan(String ethertype) implements Action {
    }

    /** pop_vlan; OpenFlow 1.0 dumps print it as strip_vlan. */
    record PopVlan(boolean writtenAsStrip) implements Action {
    }

    record Meter(long id) implements Action {
    }

    record Clone(List<Action> actions) implements Action {
        public Clone {
            actions = List.copyOf(actions);
        }
    }

    /** check_pkt_larger(SIZE)->FIELD. */
    record CheckPacketLarger(int size, FieldRef destination) implements Action {
    }

    record Sample(List<Argument> arguments) implements Action {
        public Sample {
            arguments = List.copyOf(arguments);
        }
    }

    /** multipath(fields, basis, algorithm, n_links, arg, dst), arguments as written. */
    record Multipath(List<String> arguments) implements Action {
        public Multipath {
            arguments = List.copyOf(arguments);
        }
    }

    /** bundle(...) or bundle_load(...), arguments as written. */
    record Bundle(boolean load, List<String> arguments) implements Action {
        public Bundle {
            arguments = List.copyOf(arguments);
        }
    }

    record GotoTable(int table) implements Action {
    }

    record WriteMetadata(String value, String mask) implements Action {
    }

    /** push:FIELD onto the action stack. */
    record Push(FieldRef field) implements Action {
    }

    /** pop:FIELD from the action stack. */
    record Pop(FieldRef field) implements Action {
    }

    /** set_tunnel:ID or set_tunnel64:ID. */
    record SetTunnel(String id, boolean sixtyFourBits) implements Action {
    }

    record SetQueue(long queue) implements Action {
    }

    record PopQueue() implements Action {
    }

    /** enqueue:PORT:QUEUE (OpenFlow 1.0). */
    record Enqueue(PortRef port, long queue) implements Action {
    }

    /** exit: stop the action list here, pipeline included. */
    record Exit() implements Action {
    }

    /** An action this model does not know, kept exactly as written. */
    record Unknown(String text) implements Action {
    }
}
