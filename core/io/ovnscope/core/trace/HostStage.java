package io.ovnscope.core.trace;

import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.MacAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The host's network stack: for a packet it sends, the route and the OUTPUT and POSTROUTING nat chains; for a
 * packet it receives, PREROUTING nat, then local delivery or forwarding by the route and POSTROUTING. The
 * device the route picks says where the packet goes next: the management port into OVN, a bridge, or the
 * uplink out of the node.
 */
final class HostStage {
    private static final Hop HOST_NETWORK = new Hop(HopKind.HOST_NETWORK, "host");

    private final NodeModel model;

    HostStage(NodeModel model) {
        this.model = model;
    }

    Move fromHost(Packet sent, TraceLog log) {
        if (model.host.isLocal(sent.dst().address())) {
            log.deliver(new Hop(HopKind.HOST, "host"));
            log.note(sent.dst().address() + " is the host's own address: the packet never leaves it");
            return Move.done(sent);
        }
        Packet packet = sent;
        Optional<Route> route = route(packet, log);
        if (route.isEmpty()) {
            return Move.done(packet);
        }
        NatResult output = model.nat.run("OUTPUT", packet, "", route.get().device().orElse(""));
        if (stopped(output, log)) {
            return Move.done(packet);
        }
        if (output.changed()) {
            log.row(HOST_NETWORK, packet, "an iptable rule " + words(output.change().get()), output.evidence());
            packet = output.packet();
            route = route(packet, log);
            if (route.isEmpty()) {
                return Move.done(packet);
            }
        }
        return leave(route.get(), "", packet, log, true);
    }

    Move received(Arrival.AtHost at, Packet arriving, TraceLog log) {
        Packet packet = arriving;
        if (at.fromManagementPort()) {
            Hop device = model.workloads.managementOn(at.device()).map(WorkloadPort::hop)
                    .orElse(new Hop(HopKind.MANAGEMENT_PORT, at.device()));
            log.row(device, packet, "packet is received by the host", managementEvidence(at.device()));
        }
        NatResult prerouting = model.nat.run("PREROUTING", packet, at.device(), "");
        if (stopped(prerouting, log)) {
            return Move.done(packet);
        }
        if (prerouting.changed()) {
            log.row(HOST_NETWORK, packet, "a static iptable rule " + words(prerouting.change().get()),
                    prerouting.evidence());
            packet = prerouting.packet();
        }
        if (model.host.isLocal(packet.dst().address())) {
            String device = model.host.deviceHolding(packet.dst().address()).orElse("a local route");
            log.deliver(new Hop(HopKind.HOST, "host"));
            log.note(packet.dst().address() + " is the host's own address (" + device + "): delivered to the host");
            return Move.done(packet);
        }
        Optional<Route> route = route(packet, log);
        if (route.isEmpty()) {
            return Move.done(packet);
        }
        log.note("the host forwards the packet: its filter chains (FORWARD) are not simulated");
        return leave(route.get(), at.device(), packet, log, false);
    }

    /** POSTROUTING and the device the route leaves by. */
    private Move leave(Route route, String in, Packet before, TraceLog log, boolean sentByHost) {
        String device = route.device().orElse("");
        NatResult postrouting = model.nat.run("POSTROUTING", before, in, device);
        if (stopped(postrouting, log)) {
            return Move.done(before);
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(model.routing.evidence(route));
        evidence.addAll(postrouting.evidence());
        String comment = routeWords(route) + postrouting.change().map(change -> " and " + words(change)).orElse("");
        Packet after = postrouting.packet();
        IpAddress nexthop = HostRouting.nextHop(route, after.dst().address());
        Optional<WorkloadPort> management = model.workloads.managementOn(device);
        if (management.isPresent()) {
            log.row(sentByHost ? management.get().hop() : HOST_NETWORK, before, comment, evidence);
            Optional<MacAddress> mac = model.segments.macOf(management.get().logicalSwitch(), nexthop);
            if (mac.isEmpty()) {
                log.stop(model.roles.of(management.get().logicalSwitch()), "no port of "
                        + management.get().logicalSwitch().name() + " has " + nexthop + ", the host's next hop");
                return Move.done(after);
            }
            return new Move(after.toMac(mac), new Arrival.AtSwitch(management.get().logicalSwitch(),
                    management.get().port()));
        }
        if (model.isBridge(device)) {
            if (sentByHost && !postrouting.changed()) {
                log.carry(evidence);
            } else {
                log.row(HOST_NETWORK, before, comment, evidence);
            }
            return new Move(after.toMac(Optional.empty()), new Arrival.AtBridge(device, FlowPacket.LOCAL_PORT));
        }
        if (sentByHost) {
            log.carry(evidence);
        } else {
            log.row(HOST_NETWORK, before, comment, evidence);
        }
        log.row(new Hop(HopKind.UPLINK, device), after, "send to external", List.of());
        log.deliver(new Hop(HopKind.EXTERNAL, after.dst().address().toString()));
        return Move.done(after);
    }

    private Optional<Route> route(Packet packet, TraceLog log) {
        Optional<Route> route = model.routing.lookup(packet.dst().address());
        if (route.isEmpty()) {
            log.stop(HOST_NETWORK, model.host.known() ? "the host has no route to " + packet.dst().address()
                    : "the snapshot holds no host routes (ip route was not collected)");
        } else if (route.get().device().isEmpty()) {
            log.stop(HOST_NETWORK, "the route to " + route.get().destination() + " names no device");
            return Optional.empty();
        }
        return route;
    }

    private static boolean stopped(NatResult result, TraceLog log) {
        if (result.stopReason().isPresent()) {
            log.stop(HOST_NETWORK, result.stopReason().get());
            return true;
        }
        return false;
    }

    private static String routeWords(Route route) {
        String device = route.device().orElse("?");
        if (route.isDefault()) {
            return "host default route to nexthop " + route.via().orElse("?") + " dev " + device;
        }
        return "route to " + route.destination() + route.via().map(via -> " via " + via).orElse("") + " dev " + device;
    }

    /** "DNAT a to b" as the seed says it: "DNAT's a to b". */
    private static String words(String change) {
        int space = change.indexOf(' ');
        return space < 0 ? change : change.substring(0, space) + "'s" + change.substring(space);
    }

    private List<Evidence> managementEvidence(String device) {
        List<Evidence> evidence = new ArrayList<>();
        model.workloads.managementOn(device).ifPresent(port -> {
            evidence.add(new Evidence("ip -j addr", 0, device + " " + port.ip()));
            evidence.add(new Evidence("ovn-nbctl show", 0, "port " + port.port().name() + " addresses: [\""
                    + port.mac() + " " + port.ip() + "\"]"));
        });
        return evidence;
    }
}
