package io.ovnscope.core.trace;

import io.ovnscope.core.model.openflow.OvsInterface;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import java.util.Optional;

/**
 * An OpenFlow bridge between the host and OVN: its flows decide (see {@link BridgeWalk}); LOCAL hands the
 * packet to the host, a patch port to OVN's localnet port, another port leaves the node.
 */
final class BridgeStage {
    private final NodeModel model;

    BridgeStage(NodeModel model) {
        this.model = model;
    }

    Move handle(Arrival.AtBridge at, Packet arriving, TraceLog log) {
        Hop hop = new Hop(HopKind.BRIDGE, at.bridge());
        Optional<BridgePorts> ports = model.ports(at.bridge());
        if (ports.isEmpty()) {
            log.stop(hop, "the snapshot holds no flows of " + at.bridge());
            return Move.done(arriving);
        }
        BridgeResult result = new BridgeWalk(ports.get(), model.flows(at.bridge()), model.raw, arriving,
                at.inPort()).run();
        result.notes().forEach(log::note);
        if (result.stopReason().isPresent()) {
            rows(log, hop, result, "the bridge's flows stop the packet");
            log.stop(hop, result.stopReason().get());
            return Move.done(result.packet());
        }
        long out = result.outPort().orElseThrow();
        String name = ports.get().name(out);
        Packet packet = result.packet();
        if (out == FlowPacket.LOCAL_PORT) {
            rows(log, hop, result, "forward to the host through " + name + " (LOCAL)");
            return new Move(packet, new Arrival.AtHost(at.bridge(), false));
        }
        Optional<OvsInterface> patch = ports.get().patch(out);
        Optional<LogicalSwitchPort> localnet = localnetBehind(name);
        if (localnet.isPresent()) {
            LogicalSwitch logicalSwitch = model.northbound.switchOfPort(localnet.get().name()).orElseThrow();
            rows(log, hop, result, "forward to OVN through " + name);
            return new Move(packet, new Arrival.AtSwitch(logicalSwitch, localnet.get()));
        }
        if (patch.isPresent()) {
            rows(log, hop, result, "forward through patch port " + name);
            log.stop(hop, "patch port " + name + " leads to " + patch.get().options().getOrDefault("peer", "?")
                    + ", which is not an OVN localnet port of the snapshot");
            return Move.done(packet);
        }
        boolean hostDevice = ports.get().internal(out) || model.host.deviceNames().contains(name);
        boolean uplink = model.host.uplink().filter(device -> device.equals(name) || device.equals(at.bridge()))
                .isPresent();
        if (hostDevice && !uplink) {
            rows(log, hop, result, "forward to the host through " + name);
            return new Move(packet, new Arrival.AtHost(name, false));
        }
        if (uplink || model.host.deviceNames().isEmpty()) {
            rows(log, hop, result, "send out of the node through " + name);
            log.deliver(new Hop(HopKind.EXTERNAL, packet.dst().address().toString()));
            return Move.done(packet);
        }
        rows(log, hop, result, "forward to port " + name);
        log.deliver(new Hop(HopKind.BRIDGE_PORT, name));
        return Move.done(packet);
    }

    /** A row per address change the flows made, each saying what changed; else one saying where it goes. */
    private static void rows(TraceLog log, Hop hop, BridgeResult result, String forward) {
        for (BridgeSegment segment : result.segments()) {
            String comment = segment.change().map(change -> "a static openflow rule " + change).orElse(forward);
            log.row(hop, segment.arriving(), comment, segment.evidence());
        }
    }

    private Optional<LogicalSwitchPort> localnetBehind(String patchName) {
        for (LogicalSwitch logicalSwitch : model.northbound.switches()) {
            for (LogicalSwitchPort port : logicalSwitch.ports()) {
                if ("localnet".equals(port.type()) && BridgePorts.patchCarries(patchName, port.name())) {
                    return Optional.of(port);
                }
            }
        }
        return Optional.empty();
    }
}
