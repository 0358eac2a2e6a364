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
        if (result.stopReason().isPresent()) {
            log.row(hop, arriving, "the bridge's flows stop the packet", result.evidence());
            log.stop(hop, result.stopReason().get());
            return Move.done(result.packet());
        }
        long out = result.outPort().orElseThrow();
        String name = ports.get().name(out);
        Packet packet = result.packet();
        if (out == FlowPacket.LOCAL_PORT) {
            log.row(hop, arriving, comment(result, "forward to the host through " + name + " (LOCAL)"),
                    result.evidence());
            return new Move(packet, new Arrival.AtHost(at.bridge(), false));
        }
        Optional<OvsInterface> patch = ports.get().patch(out);
        Optional<LogicalSwitchPort> localnet = localnetBehind(name);
        if (localnet.isPresent()) {
            LogicalSwitch logicalSwitch = model.northbound.switchOfPort(localnet.get().name()).orElseThrow();
            log.row(hop, arriving, comment(result, "forward to OVN through " + name), result.evidence());
            return new Move(packet, new Arrival.AtSwitch(logicalSwitch, localnet.get()));
        }
        if (patch.isPresent()) {
            log.row(hop, arriving, comment(result, "forward through patch port " + name), result.evidence());
            log.stop(hop, "patch port " + name + " leads to " + patch.get().options().getOrDefault("peer", "?")
                    + ", which is not an OVN localnet port of the snapshot");
            return Move.done(packet);
        }
        log.row(hop, arriving, comment(result, "send out of the node through " + name), result.evidence());
        log.deliver(new Hop(HopKind.EXTERNAL, packet.dst().address().toString()));
        return Move.done(packet);
    }

    /** A NAT the flows did is what the row says; otherwise where the packet goes. */
    private static String comment(BridgeResult result, String forward) {
        return result.changes().stream().filter(change -> change.startsWith("SNAT") || change.startsWith("DNAT"))
                .findFirst()
                .map(change -> "a static openflow rule " + change.substring(0, 4) + "'s " + change.substring(5))
                .orElse(forward);
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
