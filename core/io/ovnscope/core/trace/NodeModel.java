package io.ovnscope.core.trace;

import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.OvsBridge;
import io.ovnscope.core.model.openflow.PortRef;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Snapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the stages read, derived once from a snapshot: roles, workloads, segments, the host's facts,
 * routes and nat, and each bridge's ports and indexed flows. Immutable after construction, so one model
 * serves many traces.
 */
final class NodeModel {
    final NorthboundDatabase northbound;
    final ElementRoles roles;
    final HostFacts host;
    final Workloads workloads;
    final Segments segments;
    final HostRouting routing;
    final HostNat nat;
    final RawOutputs raw;
    private final Map<String, BridgePorts> bridgePorts = new HashMap<>();
    private final Map<String, FlowIndex> flowIndexes = new HashMap<>();

    NodeModel(Snapshot snapshot) {
        NodeState node = snapshot.node();
        this.northbound = node.northbound();
        this.raw = new RawOutputs(snapshot.outputs());
        this.roles = new ElementRoles(northbound);
        this.host = new HostFacts(node.interfaces(), node.routes());
        this.workloads = new Workloads(northbound, host, node.kubernetes());
        this.segments = new Segments(northbound, workloads);
        this.routing = new HostRouting(host, raw);
        this.nat = new HostNat(node.iptables(), host, raw);
        for (Map.Entry<String, FlowDump> entry : node.flows().entrySet()) {
            String bridge = entry.getKey();
            Optional<OvsBridge> config = node.ovs().map(ovs -> ovs.bridge(bridge));
            bridgePorts.put(bridge, new BridgePorts(bridge, Optional.ofNullable(node.ports().get(bridge)), config));
            flowIndexes.put(bridge, new FlowIndex(entry.getValue()));
        }
    }

    boolean isBridge(String device) {
        return bridgePorts.containsKey(device);
    }

    Optional<BridgePorts> ports(String bridge) {
        return Optional.ofNullable(bridgePorts.get(bridge));
    }

    FlowIndex flows(String bridge) {
        return flowIndexes.get(bridge);
    }

    /**
     * Where a packet from outside enters when it arrives on {@code device}: the device's port when it is a port
     * of a bridge (an uplink added to br-int), or the bridge's one physical port when the device is the bridge
     * itself (OVN-Kubernetes' br-ex holding the node's address); empty when the device is not OVS's.
     */
    Optional<Map.Entry<String, Long>> bridgeEntry(String device) {
        for (BridgePorts ports : bridgePorts.values()) {
            if (ports.bridge().equals(device)) {
                return ports.physical().size() == 1 ? Optional.of(Map.entry(device, ports.physical().get(0)))
                        : Optional.empty();
            }
            Optional<Long> number = ports.number(new PortRef.Named(device));
            if (number.isPresent() && number.get() != FlowPacket.LOCAL_PORT) {
                return Optional.of(Map.entry(ports.bridge(), number.get()));
            }
        }
        return Optional.empty();
    }

    /** The bridge and port number that patch into OVN's localnet port {@code localnetPort}. */
    Optional<Map.Entry<String, Long>> patchFor(String localnetPort) {
        for (BridgePorts ports : bridgePorts.values()) {
            Optional<Long> number = ports.patchNamed(localnetPort);
            if (number.isPresent()) {
                return Optional.of(Map.entry(ports.bridge(), number.get()));
            }
        }
        return Optional.empty();
    }
}
