package io.ovnscope.core.topology;

import io.ovnscope.core.model.k8s.KubeNode;
import io.ovnscope.core.model.k8s.KubeObject;
import io.ovnscope.core.model.k8s.Pod;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PortAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides which node's lane each router and switch is drawn in. This only orders the picture; what exists is
 * decided by the data alone. Evidence, strongest first: the Kubernetes pods on a switch say their node; a
 * device named after a known node ({@code GR_node}, {@code ext_node}, {@code node}) belongs to it; a device
 * whose only neighbour is in a lane joins that lane. Everything else (join, the cluster router) is shared.
 */
final class LaneAssigner {
    private static final String SHARED = "";

    private final NorthboundDatabase northbound;
    private final NorthboundIndex index;
    private final List<String> knownNodes;
    private final Map<String, String> deviceLanes = new LinkedHashMap<>();

    LaneAssigner(NorthboundDatabase northbound, String snapshotNode, List<KubeObject> kubernetes) {
        this.northbound = northbound;
        this.index = new NorthboundIndex(northbound);
        this.knownNodes = knownNodes(northbound, snapshotNode, kubernetes);
        assignByPods(kubernetes);
        assignByName();
        assignLeavesToTheirNeighbour();
    }

    /** The lanes in drawing order: the snapshot's node first, then the others by name; only lanes in use. */
    List<String> lanes(String snapshotNode, boolean hostSideDrawn) {
        Set<String> used = new TreeSet<>(deviceLanes.values());
        used.remove(SHARED);
        List<String> ordered = new ArrayList<>();
        if (!snapshotNode.isEmpty() && (used.remove(snapshotNode) || hostSideDrawn)) {
            ordered.add(snapshotNode);
        }
        ordered.addAll(used);
        return ordered;
    }

    String ofRouter(LogicalRouter router) {
        return deviceLanes.getOrDefault(deviceKey("router", router.name(), router.uuid()), SHARED);
    }

    String ofSwitch(LogicalSwitch logicalSwitch) {
        return deviceLanes.getOrDefault(deviceKey("switch", logicalSwitch.name(), logicalSwitch.uuid()), SHARED);
    }

    /** A router port of a shared router that leads into a node's switch is drawn in that node's lane. */
    String ofRouterPort(LogicalRouter router, LogicalRouterPort port) {
        String own = ofRouter(router);
        if (!own.isEmpty()) {
            return own;
        }
        Optional<LogicalSwitchPort> peerSwitchPort = index.switchPortPeering(port.name());
        if (peerSwitchPort.isPresent()) {
            return index.switchOfPort(peerSwitchPort.get().name()).map(this::ofSwitch).orElse(SHARED);
        }
        return port.peer().flatMap(index::routerOfPort).map(this::ofRouter).orElse(SHARED);
    }

    /** A port of a shared switch that peers a node's router port is drawn in that node's lane. */
    String ofSwitchPort(LogicalSwitch owner, LogicalSwitchPort port) {
        String own = ofSwitch(owner);
        if (!own.isEmpty()) {
            return own;
        }
        return port.routerPort().flatMap(index::routerOfPort).map(this::ofRouter).orElse(SHARED);
    }

    private static List<String> knownNodes(NorthboundDatabase northbound, String snapshotNode,
                                           List<KubeObject> kubernetes) {
        Set<String> nodes = new LinkedHashSet<>();
        if (!snapshotNode.isEmpty()) {
            nodes.add(snapshotNode);
        }
        for (KubeObject object : kubernetes) {
            if (object instanceof KubeNode node) {
                nodes.add(node.name());
            } else if (object instanceof Pod pod) {
                pod.nodeName().ifPresent(nodes::add);
            }
        }
        // ovn-kubernetes names each node's gateway router and external switch after the node.
        northbound.routers().stream().map(LogicalRouter::name).filter(n -> n.startsWith("GR_") && n.length() > 3)
                .forEach(n -> nodes.add(n.substring(3)));
        northbound.switches().stream().map(LogicalSwitch::name).filter(n -> n.startsWith("ext_") && n.length() > 4)
                .forEach(n -> nodes.add(n.substring(4)));
        return List.copyOf(nodes);
    }

    private void assignByPods(List<KubeObject> kubernetes) {
        Map<IpAddress, String> nodeByPodIp = new HashMap<>();
        for (KubeObject object : kubernetes) {
            if (object instanceof Pod pod && !pod.hostNetwork() && pod.nodeName().isPresent()) {
                String node = pod.nodeName().get();
                pod.podIPs().forEach(ip -> IpAddress.parse(ip).ifPresent(a -> nodeByPodIp.put(a, node)));
            }
        }
        if (nodeByPodIp.isEmpty()) {
            return;
        }
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            Set<String> nodes = new TreeSet<>();
            for (LogicalSwitchPort port : logicalSwitch.ports()) {
                for (PortAddress address : port.addresses()) {
                    address.ips().stream().map(nodeByPodIp::get).filter(n -> n != null).forEach(nodes::add);
                }
            }
            if (nodes.size() == 1) {
                deviceLanes.put(deviceKey("switch", logicalSwitch.name(), logicalSwitch.uuid()),
                        nodes.iterator().next());
            }
        }
    }

    private void assignByName() {
        for (LogicalRouter router : northbound.routers()) {
            deviceLanes.putIfAbsent(deviceKey("router", router.name(), router.uuid()), nodeNamed(router.name()));
        }
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            deviceLanes.putIfAbsent(deviceKey("switch", logicalSwitch.name(), logicalSwitch.uuid()),
                    nodeNamed(logicalSwitch.name()));
        }
    }

    /** The longest known node name the device is named after: equal, or a suffix after '_' or '-'. */
    private String nodeNamed(String deviceName) {
        String best = SHARED;
        for (String node : knownNodes) {
            boolean named = deviceName.equals(node) || (deviceName.endsWith(node)
                    && deviceName.length() > node.length()
                    && "_-".indexOf(deviceName.charAt(deviceName.length() - node.length() - 1)) >= 0);
            if (named && node.length() > best.length()) {
                best = node;
            }
        }
        return best;
    }

    private void assignLeavesToTheirNeighbour() {
        Map<String, Set<String>> neighbours = deviceNeighbours();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Set<String>> device : neighbours.entrySet()) {
                if (!deviceLanes.getOrDefault(device.getKey(), SHARED).isEmpty() || device.getValue().size() != 1) {
                    continue;
                }
                String lane = deviceLanes.getOrDefault(device.getValue().iterator().next(), SHARED);
                if (!lane.isEmpty()) {
                    deviceLanes.put(device.getKey(), lane);
                    changed = true;
                }
            }
        }
    }

    private Map<String, Set<String>> deviceNeighbours() {
        Map<String, Set<String>> neighbours = new LinkedHashMap<>();
        for (LogicalRouter router : northbound.routers()) {
            String routerKey = deviceKey("router", router.name(), router.uuid());
            neighbours.computeIfAbsent(routerKey, k -> new LinkedHashSet<>());
            for (LogicalRouterPort port : router.ports()) {
                index.switchPortPeering(port.name()).flatMap(sp -> index.switchOfPort(sp.name()))
                        .ifPresent(s -> link(neighbours, routerKey, deviceKey("switch", s.name(), s.uuid())));
                port.peer().flatMap(index::routerOfPort)
                        .ifPresent(r -> link(neighbours, routerKey, deviceKey("router", r.name(), r.uuid())));
            }
        }
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            neighbours.computeIfAbsent(deviceKey("switch", logicalSwitch.name(), logicalSwitch.uuid()),
                    k -> new LinkedHashSet<>());
        }
        return neighbours;
    }

    private static void link(Map<String, Set<String>> neighbours, String a, String b) {
        if (a.equals(b)) {
            return;
        }
        neighbours.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        neighbours.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
    }

    private static String deviceKey(String kind, String name, String uuid) {
        return kind + ":" + (name.isEmpty() ? uuid : name);
    }
}
