package io.ovnscope.core.topology;

import io.ovnscope.core.model.k8s.KubeObject;
import io.ovnscope.core.model.k8s.Pod;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PolicyAction;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws a snapshot's topology as a graph, from the data alone: routers and switches with their ports, the
 * peerings the router ports and the switch ports' {@code router-port} options make, pods (plain VIF ports with
 * addresses, matched to Kubernetes pods where those were collected), the management port, load balancers
 * where switches and routers hold them, and the host side (see {@link HostSide}). Names are used only to
 * order the picture into lanes.
 */
public final class TopologyBuilder {
    private TopologyBuilder() {
    }

    public static Topology build(Snapshot snapshot) {
        return build(snapshot, FoldState.defaults());
    }

    public static Topology build(Snapshot snapshot, FoldState fold) {
        NorthboundDatabase northbound = snapshot.node().northbound();
        String node = snapshot.source().node();
        List<KubeObject> kubernetes = snapshot.node().kubernetes();
        LaneAssigner lanes = new LaneAssigner(northbound, node, kubernetes);
        TopologyGraph graph = new TopologyGraph();
        HostSide host = new HostSide(snapshot.node(), node);
        addRouters(graph, northbound, lanes);
        addSwitches(graph, northbound, lanes, fold, host, kubernetes);
        addPeerings(graph, northbound);
        addLoadBalancers(graph, northbound, lanes);
        host.addTo(graph, northbound);
        return new Topology(graph.graph(), lanes.lanes(node, host.drawn()), fold);
    }

    private static void addRouters(TopologyGraph graph, NorthboundDatabase northbound, LaneAssigner lanes) {
        for (LogicalRouter router : northbound.routers()) {
            RouterElement element = NorthboundElements.router(router, lanes.ofRouter(router));
            graph.add(element);
            for (LogicalRouterPort port : router.ports()) {
                RouterPortElement portElement = NorthboundElements.routerPort(router, port,
                        lanes.ofRouterPort(router, port));
                graph.add(portElement);
                graph.link(LinkKind.OWNS, element.id(), portElement.id());
            }
        }
    }

    private static void addSwitches(TopologyGraph graph, NorthboundDatabase northbound, LaneAssigner lanes,
                                    FoldState fold, HostSide host, List<KubeObject> kubernetes) {
        Set<IpAddress> routedTo = routedAddresses(northbound);
        Map<IpAddress, Pod> podsByIp = podsByIp(kubernetes);
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            String lane = lanes.ofSwitch(logicalSwitch);
            SwitchElement element = NorthboundElements.logicalSwitch(logicalSwitch, lane);
            graph.add(element);
            List<LogicalSwitchPort> pods = new ArrayList<>();
            for (LogicalSwitchPort port : logicalSwitch.ports()) {
                List<IpAddress> ips = NorthboundElements.ips(port);
                Optional<String> hostInterface = ips.stream().map(host::interfaceHolding)
                        .flatMap(Optional::stream).findFirst();
                TopologyElement portElement;
                if (!port.type().isEmpty() || ips.isEmpty()) {
                    portElement = NorthboundElements.switchPort(logicalSwitch, port,
                            lanes.ofSwitchPort(logicalSwitch, port));
                } else if (hostInterface.isPresent() || ips.stream().anyMatch(routedTo::contains)) {
                    // The host's leg on the switch: its address is on a host interface, or routers send to it.
                    portElement = NorthboundElements.managementPort(logicalSwitch, port, lane,
                            hostInterface.orElse(""));
                } else {
                    pods.add(port);
                    continue;
                }
                graph.add(portElement);
                graph.link(LinkKind.OWNS, element.id(), portElement.id());
            }
            addPods(graph, logicalSwitch, element, pods, fold, podsByIp);
        }
    }

    private static void addPods(TopologyGraph graph, LogicalSwitch logicalSwitch, SwitchElement element,
                                List<LogicalSwitchPort> pods, FoldState fold, Map<IpAddress, Pod> podsByIp) {
        if (pods.isEmpty()) {
            return;
        }
        if (fold.folds(element.id(), pods.size())) {
            PodGroupElement group = NorthboundElements.podGroup(logicalSwitch, pods, element.node());
            graph.add(group);
            graph.link(LinkKind.OWNS, element.id(), group.id());
            return;
        }
        for (LogicalSwitchPort port : pods) {
            Optional<Pod> kubePod = NorthboundElements.ips(port).stream().map(podsByIp::get)
                    .filter(p -> p != null).findFirst();
            PodElement pod = NorthboundElements.pod(logicalSwitch, port, element.node(), kubePod);
            graph.add(pod);
            graph.link(LinkKind.OWNS, element.id(), pod.id());
        }
    }

    /** Router port to switch port (the switch port's router-port option), and router port to router port. */
    private static void addPeerings(TopologyGraph graph, NorthboundDatabase northbound) {
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            for (LogicalSwitchPort port : logicalSwitch.ports()) {
                port.routerPort().filter(rp -> graph.has(ElementIds.routerPort(rp))).ifPresent(rp -> graph.link(
                        LinkKind.PEER, ElementIds.routerPort(rp), ElementIds.switchPort(port.name())));
            }
        }
        for (LogicalRouter router : northbound.routers()) {
            for (LogicalRouterPort port : router.ports()) {
                port.peer().ifPresent(peer -> {
                    // Both ends name each other: one link, from the id that sorts first.
                    String a = ElementIds.routerPort(port.name());
                    String b = ElementIds.routerPort(peer);
                    graph.link(LinkKind.PEER, a.compareTo(b) < 0 ? a : b, a.compareTo(b) < 0 ? b : a);
                });
            }
        }
    }

    private static void addLoadBalancers(TopologyGraph graph, NorthboundDatabase northbound, LaneAssigner lanes) {
        for (LoadBalancer loadBalancer : northbound.loadBalancers()) {
            List<LogicalSwitch> switches = northbound.switchesHolding(loadBalancer);
            List<LogicalRouter> routers = northbound.routersHolding(loadBalancer);
            if (switches.isEmpty() && routers.isEmpty()) {
                continue;
            }
            List<String> holderIds = new ArrayList<>();
            List<String> holderNames = new ArrayList<>();
            List<String> holderLanes = new ArrayList<>();
            for (LogicalRouter router : routers) {
                holderIds.add(NorthboundElements.routerId(router));
                holderNames.add("router " + router.name());
                holderLanes.add(lanes.ofRouter(router));
            }
            for (LogicalSwitch logicalSwitch : switches) {
                holderIds.add(NorthboundElements.switchId(logicalSwitch));
                holderNames.add("switch " + logicalSwitch.name());
                holderLanes.add(lanes.ofSwitch(logicalSwitch));
            }
            String lane = holderLanes.stream().distinct().count() == 1 ? holderLanes.get(0) : "";
            LoadBalancerElement element = NorthboundElements.loadBalancer(loadBalancer, lane, holderNames);
            graph.add(element);
            holderIds.forEach(holder -> graph.link(LinkKind.LOAD_BALANCER, element.id(), holder));
        }
    }

    /** Addresses routers send traffic to: static route next hops and reroute policies' next hops. */
    private static Set<IpAddress> routedAddresses(NorthboundDatabase northbound) {
        Set<IpAddress> addresses = new HashSet<>();
        for (LogicalRouter router : northbound.routers()) {
            router.staticRoutes().stream().map(StaticRoute::nexthopAddress).flatMap(Optional::stream)
                    .forEach(addresses::add);
            router.policies().stream().filter(p -> p.action() == PolicyAction.REROUTE)
                    .map(RouterPolicy::nexthops).forEach(addresses::addAll);
        }
        return addresses;
    }

    private static Map<IpAddress, Pod> podsByIp(List<KubeObject> kubernetes) {
        Map<IpAddress, Pod> pods = new HashMap<>();
        for (KubeObject object : kubernetes) {
            if (object instanceof Pod pod && !pod.hostNetwork()) {
                pod.podIPs().forEach(ip -> IpAddress.parse(ip).ifPresent(a -> pods.putIfAbsent(a, pod)));
            }
        }
        return pods;
    }
}
