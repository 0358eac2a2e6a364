package io.ovnscope.core.model.openflow;

import java.util.List;

/** Writes one action in ovs-ofctl syntax; {@link FlowPrinter} strings them together. */
final class ActionPrinter {
    private ActionPrinter() {
    }

    static void append(StringBuilder out, Action action) {
        if (action instanceof Action.Output o) {
            output(out, o);
        } else if (action instanceof Action.Resubmit r) {
            out.append("resubmit(");
            if (r.port() != null) {
                out.append(r.port().text());
            }
            out.append(',');
            if (r.table() != null) {
                out.append(r.table());
            }
            if (r.ct()) {
                out.append(",ct");
            }
            out.append(')');
        } else if (action instanceof Action.Ct ct) {
            ct(out, ct);
        } else if (action instanceof Action.Load l) {
            out.append("load:").append(l.value()).append("->").append(l.destination().text());
        } else if (action instanceof Action.Move m) {
            out.append("move:").append(m.source().text()).append("->")
                    .append(m.destination().text());
        } else if (action instanceof Action.SetField s) {
            out.append("set_field:").append(s.value());
            if (s.mask() != null) {
                out.append('/').append(s.mask());
            }
            out.append("->").append(s.field().text());
        } else if (action instanceof Action.Learn l) {
            out.append("learn(");
            joinParts(out, l.parts());
            out.append(')');
        } else if (action instanceof Action.Conjunction c) {
            out.append("conjunction(").append(c.id()).append(',').append(c.clause())
                    .append('/').append(c.clauses()).append(')');
        } else if (action instanceof Action.Controller c) {
            out.append("controller");
            if (!c.arguments().isEmpty()) {
                out.append('(');
                joinArguments(out, c.arguments());
                out.append(')');
            }
        } else if (action instanceof Action.Group g) {
            out.append("group:").append(g.id());
        } else if (action instanceof Action.Drop d) {
            out.append("drop");
        } else if (action instanceof Action.Note n) {
            out.append("note:").append(n.hex());
        } else if (action instanceof Action.CtClear c) {
            out.append("ct_clear");
        } else if (action instanceof Action.DecTtl d) {
            out.append("dec_ttl");
            if (!d.controllerIds().isEmpty()) {
                out.append('(');
                for (int i = 0; i < d.controllerIds().size(); i++) {
                    out.append(i > 0 ? "," : "").append(d.controllerIds().get(i));
                }
                out.append(')');
            }
        } else if (action instanceof Action.Modify m) {
            out.append(m.name()).append(':').append(m.value());
        } else if (action instanceof Action.PushVlan p) {
            out.append("push_vlan:").append(p.ethertype());
        } else if (action instanceof Action.PopVlan p) {
            out.append(p.writtenAsStrip() ? "strip_vlan" : "pop_vlan");
        } else if (action instanceof Action.Meter m) {
            out.append("meter:").append(m.id());
        } else if (action instanceof Action.Clone c) {
            out.append("clone(");
            out.append(FlowPrinter.actions(c.actions()));
            out.append(')');
        } else if (action instanceof Action.CheckPacketLarger c) {
            out.append("check_pkt_larger(").append(c.size()).append(")->")
                    .append(c.destination().text());
        } else if (action instanceof Action.Sample s) {
            out.append("sample(");
            joinArguments(out, s.arguments());
            out.append(')');
        } else if (action instanceof Action.Multipath m) {
            out.append("multipath(").append(String.join(",", m.arguments())).append(')');
        } else if (action instanceof Action.Bundle b) {
            out.append(b.load() ? "bundle_load(" : "bundle(")
                    .append(String.join(",", b.arguments())).append(')');
        } else if (action instanceof Action.GotoTable g) {
            out.append("goto_table:").append(g.table());
        } else if (action instanceof Action.WriteMetadata w) {
            out.append("write_metadata:").append(w.value());
            if (w.mask() != null) {
                out.append('/').append(w.mask());
            }
        } else if (action instanceof Action.Push p) {
            out.append("push:").append(p.field().text());
        } else if (action instanceof Action.Pop p) {
            out.append("pop:").append(p.field().text());
        } else if (action instanceof Action.SetTunnel t) {
            out.append(t.sixtyFourBits() ? "set_tunnel64:" : "set_tunnel:").append(t.id());
        } else if (action instanceof Action.SetQueue q) {
            out.append("set_queue:").append(q.queue());
        } else if (action instanceof Action.PopQueue) {
            out.append("pop_queue");
        } else if (action instanceof Action.Enqueue e) {
            out.append("enqueue:").append(e.port().text()).append(':').append(e.queue());
        } else if (action instanceof Action.Exit) {
            out.append("exit");
        } else if (action instanceof Action.Unknown u) {
            out.append(u.text());
        }
    }

    private static void output(StringBuilder out, Action.Output o) {
        String target = o.field() != null ? o.field().text() : o.port().text();
        if (o.maxLength() != null) {
            out.append("output(port=").append(target).append(",max_len=").append(o.maxLength()).append(')');
        } else if (o.port() instanceof PortRef.Reserved) {
            out.append(target);
        } else {
            out.append("output:").append(target);
        }
    }

    private static void ct(StringBuilder out, Action.Ct ct) {
        out.append("ct(");
        int mark = out.length();
        if (ct.commit()) {
            comma(out, mark).append("commit");
        }
        if (ct.force()) {
            comma(out, mark).append("force");
        }
        if (ct.table() != null) {
            comma(out, mark).append("table=").append(ct.table());
        }
        if (ct.zone() != null) {
            comma(out, mark).append("zone=").append(ct.zone());
        } else if (ct.zoneField() != null) {
            comma(out, mark).append("zone=").append(ct.zoneField().text());
        }
        if (ct.nat() != null) {
            comma(out, mark).append(ct.nat().text());
        }
        if (ct.exec() != null) {
            comma(out, mark).append("exec(").append(ct.exec().isEmpty() ? "" : FlowPrinter.actions(ct.exec()))
                    .append(')');
        }
        if (ct.alg() != null) {
            comma(out, mark).append("alg=").append(ct.alg());
        }
        out.append(')');
    }

    private static StringBuilder comma(StringBuilder out, int mark) {
        if (out.length() > mark) {
            out.append(',');
        }
        return out;
    }

    private static void joinParts(StringBuilder out, List<LearnPart> parts) {
        for (int i = 0; i < parts.size(); i++) {
            out.append(i > 0 ? "," : "").append(parts.get(i).text());
        }
    }

    private static void joinArguments(StringBuilder out, List<Argument> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            out.append(i > 0 ? "," : "").append(arguments.get(i).text());
        }
    }
}
