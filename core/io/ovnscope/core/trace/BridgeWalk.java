package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.core.model.openflow.Nat;
import io.ovnscope.core.model.openflow.PortRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One packet's walk through one bridge's tables, as ovs-vswitchd would take it: in each table the
 * highest-priority flow that matches, its actions in order (resubmit, ct with zone, commit and nat, field
 * writes, output), and recirculation after ct(table=N). Anything it cannot evaluate ends the walk with the
 * reason, so the trace never guesses past it.
 */
final class BridgeWalk {
    private static final int MAX_TABLE_VISITS = 64;

    private final BridgePorts ports;
    private final FlowIndex index;
    private final FlowMatcher matcher;
    private final RawOutputs raw;
    private final FlowPacket packet;
    private final List<BridgeSegment> segments = new ArrayList<>();
    private List<Evidence> evidence = new ArrayList<>();
    private Packet segmentStart;
    private final List<String> notes = new ArrayList<>();
    private final List<Long> outputs = new ArrayList<>();
    private Integer recirculateTo;
    private String stopReason;
    private int visits;

    BridgeWalk(BridgePorts ports, FlowIndex index, RawOutputs raw, Packet arriving, long inPort) {
        this.ports = ports;
        this.index = index;
        this.matcher = new FlowMatcher(ports::number);
        this.raw = raw;
        this.packet = new FlowPacket(arriving, inPort);
        this.segmentStart = arriving;
    }

    BridgeResult run() {
        int table = 0;
        while (true) {
            recirculateTo = null;
            visit(table, false);
            if (stopReason != null || recirculateTo == null || !outputs.isEmpty()) {
                break;
            }
            table = recirculateTo;
        }
        if (stopReason == null && outputs.isEmpty()) {
            stopReason = "the flows of " + ports.bridge() + " send the packet nowhere (dropped)";
        }
        Optional<Long> out = stopReason == null ? Optional.of(outputs.get(0)) : Optional.empty();
        if (outputs.size() > 1) {
            notes.add(ports.bridge() + " also copies the packet to "
                    + outputs.subList(1, outputs.size()).stream().map(ports::name).toList());
        }
        return new BridgeResult(closeSegments(), packet.toPacket(), out, notes, Optional.ofNullable(stopReason));
    }

    /** The flows after the last NAT belong to its row: a row per address change, or one when none. */
    private List<BridgeSegment> closeSegments() {
        if (segments.isEmpty()) {
            return List.of(new BridgeSegment(segmentStart, evidence, Optional.empty()));
        }
        List<BridgeSegment> closed = new ArrayList<>(segments);
        BridgeSegment last = closed.remove(closed.size() - 1);
        List<Evidence> all = new ArrayList<>(last.evidence());
        all.addAll(evidence);
        closed.add(new BridgeSegment(last.arriving(), all, last.change()));
        return closed;
    }

    /** Ends the current stretch at a NAT: its row shows the packet before, and says what changed. */
    private void changed(String change, int table) {
        segments.add(new BridgeSegment(segmentStart, evidence, Optional.of(change + " (table " + table
                + ", ct zone " + packet.ctZone + ")")));
        evidence = new ArrayList<>();
        segmentStart = packet.toPacket();
    }

    /** Looks the packet up in a table; a miss drops it, except under resubmit, where OVS just returns. */
    private void visit(int table, boolean resubmitted) {
        if (stopReason != null) {
            return;
        }
        if (++visits > MAX_TABLE_VISITS) {
            stopReason = "more than " + MAX_TABLE_VISITS + " table visits in " + ports.bridge() + ": a loop?";
            return;
        }
        Optional<Flow> flow = best(table);
        if (flow.isEmpty()) {
            if (stopReason == null && !resubmitted) {
                stopReason = "no flow of table " + table + " in " + ports.bridge() + " matches the packet (dropped)";
            } else if (stopReason == null) {
                evidence.add(new Evidence("ovs-ofctl dump-flows " + ports.bridge(), 0,
                        "table=" + table + ": no flow matches, the resubmit returns"));
            }
            return;
        }
        Flow hit = flow.get();
        evidence.add(raw.line("ofctl-flows", ports.bridge(), hit.line(), "ovs-ofctl dump-flows " + ports.bridge(),
                FlowPrinter.print(hit)));
        if (hit.actions().isEmpty()) {
            stopReason = "flow at table " + table + ", priority " + hit.priority() + " drops the packet";
            return;
        }
        execute(hit.actions(), table);
    }

    private Optional<Flow> best(int table) {
        for (Flow flow : index.table(table)) {
            MatchResult result = matcher.matches(flow, packet);
            if (result.unknown()) {
                stopReason = "table " + table + " of " + ports.bridge() + ": the flow at line " + flow.line()
                        + " matches on " + result.unknownField() + ", which the trace cannot evaluate";
                return Optional.empty();
            }
            if (result.matched()) {
                return Optional.of(flow);
            }
        }
        return Optional.empty();
    }

    private void execute(List<Action> actions, int table) {
        for (Action action : actions) {
            if (stopReason != null) {
                return;
            }
            try {
                apply(action, table);
            } catch (IllegalArgumentException e) {
                // A value the dump printed in a form the trace does not read (a field name for a number...).
                stopReason = "the action " + FlowPrinter.actions(List.of(action)) + " of " + ports.bridge()
                        + " has a value the trace cannot read: " + e.getMessage();
            }
        }
    }

    private void apply(Action action, int table) {
        if (action instanceof Action.Output) {
            output((Action.Output) action);
        } else if (action instanceof Action.Resubmit) {
            resubmit((Action.Resubmit) action, table);
        } else if (action instanceof Action.GotoTable) {
            visit(((Action.GotoTable) action).table(), false);
        } else if (action instanceof Action.Ct) {
            conntrack((Action.Ct) action, table);
        } else if (action instanceof Action.SetField) {
            Action.SetField set = (Action.SetField) action;
            write(set.field().field(), FieldWriter.write(packet, set.field(), set.value()), set.value());
        } else if (action instanceof Action.Load) {
            Action.Load load = (Action.Load) action;
            write(load.destination().field(), FieldWriter.write(packet, load.destination(), load.value()),
                    load.value());
        } else if (action instanceof Action.Move) {
            Action.Move move = (Action.Move) action;
            if (!FieldWriter.move(packet, move.source(), move.destination())) {
                stopReason = "move from " + move.source().text() + " to " + move.destination().text()
                        + " touches a field the trace does not track";
            }
        } else if (action instanceof Action.Modify) {
            Action.Modify modify = (Action.Modify) action;
            write(modify.name(), FieldWriter.write(packet, FieldRef.whole(modify.name()), modify.value()),
                    modify.value());
        } else if (action instanceof Action.Clone) {
            execute(((Action.Clone) action).actions(), table);
        } else if (action instanceof Action.CtClear) {
            packet.ctState = 0;
        } else if (action instanceof Action.Drop) {
            stopReason = "a flow of " + ports.bridge() + " drops the packet";
        } else if (!(action instanceof Action.Note || action instanceof Action.DecTtl
                || action instanceof Action.Learn || action instanceof Action.Conjunction)) {
            stopReason = "the action " + FlowPrinter.actions(List.of(action)) + " of " + ports.bridge()
                    + " is not simulated by the trace";
        }
    }

    private void write(String field, boolean written, String value) {
        if (!written) {
            stopReason = "the action sets " + field + ", a field the trace does not track";
            return;
        }
        String name = FieldWriter.canonical(field);
        if (name.equals("ip_src") || name.equals("ip_dst")) {
            notes.add("a flow of " + ports.bridge() + " sets " + name + " to " + value);
        }
    }

    private void output(Action.Output output) {
        if (output.port() == null) {
            stopReason = "output to a port named by a field is not simulated";
            return;
        }
        PortRef port = output.port();
        if (port instanceof PortRef.Reserved) {
            String name = ((PortRef.Reserved) port).name();
            if ("IN_PORT".equals(name)) {
                outputs.add(packet.inPort);
                return;
            }
            if (!"LOCAL".equals(name)) {
                stopReason = name + " in " + ports.bridge() + ": the bridge's own switching decides, the trace"
                        + " cannot follow it";
                return;
            }
        }
        Optional<Long> number = ports.number(port);
        if (number.isEmpty()) {
            stopReason = "output to " + port.text() + ", a port " + ports.bridge() + " does not list";
            return;
        }
        outputs.add(number.get());
    }

    private void resubmit(Action.Resubmit resubmit, int table) {
        if (resubmit.ct()) {
            stopReason = "resubmit with ct is not simulated";
            return;
        }
        long saved = packet.inPort;
        if (resubmit.port() != null) {
            Optional<Long> port = ports.number(resubmit.port());
            if (port.isEmpty()) {
                stopReason = "resubmit to unknown port " + resubmit.port().text();
                return;
            }
            packet.inPort = port.get();
        }
        visit(resubmit.table() == null ? table : resubmit.table(), true);
        packet.inPort = saved;
    }

    private void conntrack(Action.Ct ct, int table) {
        if (ct.zoneField() != null) {
            Optional<Long> zone = zoneFrom(ct);
            if (zone.isEmpty()) {
                stopReason = "ct zone from " + ct.zoneField().text() + " is not tracked";
                return;
            }
            packet.ctZone = zone.get();
        } else {
            packet.ctZone = ct.zone() == null ? 0 : ct.zone();
        }
        packet.ctState = FlowPacket.CT_TRACKED | FlowPacket.CT_NEW;
        if (ct.nat() != null) {
            nat(ct.nat(), table);
        }
        if (ct.exec() != null) {
            execute(ct.exec(), 0);
        }
        if (ct.table() != null) {
            recirculateTo = ct.table();
        }
    }

    private Optional<Long> zoneFrom(Action.Ct ct) {
        String field = FieldWriter.canonical(ct.zoneField().field());
        if (field.startsWith("reg")) {
            int index = Integer.parseInt(field.substring(3));
            long value = packet.registers[index];
            int start = ct.zoneField().start() == null ? 0 : ct.zoneField().start();
            int end = ct.zoneField().end() == null ? 15 : ct.zoneField().end();
            return Optional.of((value >>> start) & ((1L << (end - start + 1)) - 1));
        }
        return Optional.empty();
    }

    private void nat(Nat nat, int table) {
        if (nat.kind() == Nat.Kind.NONE || nat.addressMin() == null) {
            return;
        }
        Optional<IpAddress> address = IpAddress.parse(nat.addressMin());
        if (address.isEmpty()) {
            stopReason = "nat to " + nat.text() + ": not an address the trace can apply";
            return;
        }
        Packet before = packet.toPacket();
        if (nat.kind() == Nat.Kind.SRC) {
            packet.nwSrc = address.get();
            if (nat.portMin() != null) {
                packet.tpSrc = nat.portMin();
            }
            packet.ctState |= FlowPacket.CT_SNAT;
            changed("SNAT's " + before.src() + " to " + packet.toPacket().src(), table);
        } else {
            packet.nwDst = address.get();
            if (nat.portMin() != null) {
                packet.tpDst = nat.portMin();
            }
            packet.ctState |= FlowPacket.CT_DNAT;
            changed("DNAT's " + before.dst() + " to " + packet.toPacket().dst(), table);
        }
    }
}
