package io.ovnscope.core.topology;

import io.ovnscope.core.model.host.InterfaceAddress;
import io.ovnscope.core.model.host.NetInterface;
import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.host.RouteType;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.openflow.OvsBridge;
import io.ovnscope.core.model.openflow.OvsInterface;
import io.ovnscope.core.model.openflow.OvsPort;
import io.ovnscope.core.model.openflow.OvsSwitchConfig;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.snapshot.NodeState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshot node's host side: the node itself, the bridges that carry localnet ports (br-ex), the uplink
 * and the external network beyond it. A bridge carries a localnet port when it holds the patch port
 * ovn-controller makes for it ({@code patch-<localnet port>-to-<integration bridge>}). The uplink is a bridge
 * port that is a system interface other than the bridge's own; when a bridge has none, the default route's
 * device is the uplink.
 */
final class HostSide {
    private final NodeState state;
    private final String node;
    private final Map<IpAddress, String> interfaceByAddress = new HashMap<>();

    HostSide(NodeState state, String node) {
        this.state = state;
        this.node = node;
        for (NetInterface netInterface : state.interfaces()) {
            for (InterfaceAddress address : netInterface.addresses()) {
                IpAddress.parse(address.address()).ifPresent(ip -> interfaceByAddress.putIfAbsent(ip,
                        netInterface.name()));
            }
        }
    }

    /** True when the snapshot has anything of the host: interfaces, routes or the switch configuration. */
    boolean drawn() {
        return !state.interfaces().isEmpty() || !state.routes().isEmpty() || state.ovs().isPresent();
    }

    Optional<String> interfaceHolding(IpAddress address) {
        return Optional.ofNullable(interfaceByAddress.get(address));
    }

    void addTo(TopologyGraph graph, NorthboundDatabase northbound) {
        if (!drawn()) {
            return;
        }
        HostElement host = host();
        graph.add(host);
        linkManagementPorts(graph, northbound, host);
        Map<String, BridgeElement> bridges = addBridges(graph, northbound, host);
        List<String> uplinkNames = bridgeUplinks(bridges);
        List<String> uplinks = new ArrayList<>();
        for (String name : uplinkNames) {
            UplinkElement uplink = uplink(name, "port of bridge " + bridgeOfPort(name));
            graph.add(uplink);
            graph.link(LinkKind.WIRE, uplink.id(), bridges.get(bridgeOfPort(name)).id());
            uplinks.add(uplink.id());
        }
        Optional<Route> defaultRoute = state.routes().stream().filter(HostSide::mainDefault).findFirst();
        Optional<String> beyond = Optional.empty();
        if (!uplinks.isEmpty()) {
            beyond = Optional.of(uplinks.get(0));
        } else if (defaultRoute.flatMap(Route::device).isPresent()) {
            String device = defaultRoute.get().device().get();
            if (bridges.containsKey(device)) {
                beyond = Optional.of(bridges.get(device).id());
            } else {
                UplinkElement uplink = uplink(device, "the default route's device; not on an OVS bridge");
                graph.add(uplink);
                graph.link(LinkKind.WIRE, uplink.id(), host.id());
                uplinks = List.of(uplink.id());
                uplinkNames = List.of(device);
                beyond = Optional.of(uplink.id());
            }
        }
        if (beyond.isPresent() || defaultRoute.isPresent()) {
            ExternalNetworkElement external = externalNetwork(uplinkNames);
            graph.add(external);
            if (uplinks.isEmpty()) {
                graph.link(LinkKind.WIRE, external.id(), beyond.orElse(host.id()));
            } else {
                uplinks.forEach(u -> graph.link(LinkKind.WIRE, external.id(), u));
            }
        }
    }

    /** The host's leg on a node switch: the management port whose address a host interface holds. */
    private void linkManagementPorts(TopologyGraph graph, NorthboundDatabase northbound, HostElement host) {
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            for (LogicalSwitchPort port : logicalSwitch.ports()) {
                String id = ElementIds.switchPort(port.name());
                boolean held = NorthboundElements.ips(port).stream().anyMatch(interfaceByAddress::containsKey);
                if (held && graph.hasKind(id, ElementKind.MANAGEMENT_PORT)) {
                    graph.link(LinkKind.WIRE, host.id(), id);
                }
            }
        }
    }

    private Map<String, BridgeElement> addBridges(TopologyGraph graph, NorthboundDatabase northbound,
                                                  HostElement host) {
        Map<String, BridgeElement> shown = new LinkedHashMap<>();
        if (state.ovs().isEmpty()) {
            return shown;
        }
        for (OvsBridge bridge : state.ovs().get().bridges()) {
            for (LogicalSwitch logicalSwitch : northbound.switches()) {
                for (LogicalSwitchPort port : logicalSwitch.ports()) {
                    if ("localnet".equals(port.type()) && holdsPatchFor(bridge, port.name())) {
                        BridgeElement element = shown.computeIfAbsent(bridge.name(), n -> bridge(bridge));
                        graph.add(element);
                        graph.link(LinkKind.WIRE, host.id(), element.id());
                        graph.link(LinkKind.WIRE, element.id(), ElementIds.switchPort(port.name()));
                    }
                }
            }
        }
        return shown;
    }

    /** The system-interface ports of the shown bridges, other than each bridge's own port. */
    private List<String> bridgeUplinks(Map<String, BridgeElement> bridges) {
        List<String> uplinks = new ArrayList<>();
        for (OvsBridge bridge : state.ovs().map(OvsSwitchConfig::bridges).orElse(List.of())) {
            if (!bridges.containsKey(bridge.name())) {
                continue;
            }
            for (OvsPort port : bridge.ports()) {
                boolean system = !port.interfaces().isEmpty()
                        && port.interfaces().stream().allMatch(i -> i.type().isEmpty());
                if (system && !port.name().equals(bridge.name())) {
                    uplinks.add(port.name());
                }
            }
        }
        return uplinks;
    }

    private String bridgeOfPort(String portName) {
        return state.ovs().map(OvsSwitchConfig::bridges).orElse(List.of()).stream()
                .filter(b -> b.ports().stream().anyMatch(p -> p.name().equals(portName)))
                .map(OvsBridge::name).findFirst().orElse("");
    }

    private static boolean holdsPatchFor(OvsBridge bridge, String localnetPort) {
        String prefix = "patch-" + localnetPort + "-to-";
        return bridge.ports().stream().flatMap(p -> p.interfaces().stream())
                .anyMatch(i -> "patch".equals(i.type()) && i.name().startsWith(prefix));
    }

    private HostElement host() {
        List<String> addresses = new ArrayList<>();
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("node", node));
        for (NetInterface netInterface : state.interfaces()) {
            List<String> global = globalAddresses(netInterface);
            if (!netInterface.name().equals("lo")) {
                addresses.addAll(global);
            }
            details.add(new Detail("interface " + netInterface.name(), netInterface.state().orElse("")
                    + (global.isEmpty() ? "" : " " + String.join(" ", global))));
        }
        state.routes().stream().filter(r -> r.table().equals("main"))
                .forEach(r -> details.add(new Detail("route " + r.destination(), describe(r))));
        return new HostElement(ElementIds.host(node), node, node, addresses, details,
                Optional.of(new SourceRef("Node", node)));
    }

    private BridgeElement bridge(OvsBridge bridge) {
        List<String> addresses = new ArrayList<>();
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("name", bridge.name()));
        Optional.ofNullable(bridge.datapathType()).ifPresent(t -> details.add(new Detail("datapath type", t)));
        Optional.ofNullable(bridge.failMode()).ifPresent(m -> details.add(new Detail("fail mode", m)));
        for (OvsPort port : bridge.ports()) {
            for (OvsInterface iface : port.interfaces()) {
                details.add(new Detail("port " + port.name(), iface.type().isEmpty() ? "system" : iface.type()));
            }
        }
        Optional.ofNullable(state.flows().get(bridge.name()))
                .ifPresent(f -> details.add(new Detail("OpenFlow flows", String.valueOf(f.flows().size()))));
        netInterface(bridge.name()).ifPresent(i -> {
            i.mac().ifPresent(addresses::add);
            addresses.addAll(globalAddresses(i));
        });
        return new BridgeElement(ElementIds.bridge(bridge.name()), bridge.name(), node, addresses, details,
                Optional.of(new SourceRef("Bridge", bridge.name())));
    }

    private UplinkElement uplink(String name, String why) {
        List<String> addresses = new ArrayList<>();
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("interface", name));
        details.add(new Detail("uplink because", why));
        netInterface(name).ifPresent(i -> {
            i.mac().ifPresent(mac -> {
                addresses.add(mac);
                details.add(new Detail("MAC", mac));
            });
            globalAddresses(i).forEach(a -> {
                addresses.add(a);
                details.add(new Detail("address", a));
            });
            i.state().ifPresent(s -> details.add(new Detail("state", s)));
            i.mtu().ifPresent(m -> details.add(new Detail("MTU", String.valueOf(m))));
        });
        return new UplinkElement(ElementIds.uplink(name), name, node, addresses, details,
                Optional.of(new SourceRef("Interface", name)));
    }

    private ExternalNetworkElement externalNetwork(List<String> devices) {
        List<String> addresses = new ArrayList<>();
        List<Detail> details = new ArrayList<>();
        for (Route route : state.routes()) {
            if (mainDefault(route)) {
                route.via().ifPresent(via -> addresses.add("gw " + via));
                details.add(new Detail("default route", describe(route)));
            }
        }
        for (Route route : state.routes()) {
            boolean onUplink = route.device().filter(devices::contains).isPresent();
            if (onUplink && route.table().equals("main") && route.type() == RouteType.UNICAST && !route.isDefault()
                    && route.via().isEmpty() && route.scope().filter("link"::equals).isPresent()) {
                addresses.add(route.prefix());
                details.add(new Detail("connected network", describe(route)));
            }
        }
        return new ExternalNetworkElement(ElementIds.externalNetwork(node), "external network", node, addresses,
                details, Optional.empty());
    }

    private Optional<NetInterface> netInterface(String name) {
        return state.interfaces().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private static List<String> globalAddresses(NetInterface netInterface) {
        return netInterface.addresses().stream().filter(a -> a.scope().filter("global"::equals).isPresent())
                .map(InterfaceAddress::cidr).toList();
    }

    private static boolean mainDefault(Route route) {
        return route.isDefault() && route.table().equals("main") && route.type() == RouteType.UNICAST;
    }

    private static String describe(Route route) {
        StringBuilder text = new StringBuilder(route.destination());
        route.via().ifPresent(v -> text.append(" via ").append(v));
        route.device().ifPresent(d -> text.append(" dev ").append(d));
        route.source().ifPresent(s -> text.append(" src ").append(s));
        return text.toString();
    }
}
