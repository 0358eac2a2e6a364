package io.ovnscope.core.topology;

import io.ovnscope.core.model.k8s.Pod;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.model.ovn.StaticRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns northbound rows into elements: their labels' addresses and the rows of their details sheets. */
final class NorthboundElements {
    private NorthboundElements() {
    }

    static RouterElement router(LogicalRouter router, String lane) {
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("name", router.name()));
        addIfSet(details, "UUID", router.uuid());
        details.add(new Detail("ports", String.valueOf(router.ports().size())));
        for (StaticRoute route : router.staticRoutes()) {
            details.add(new Detail("static route", route.ipPrefix() + " via " + route.nexthop()
                    + route.outputPort().map(p -> " (" + p + ")").orElse("")));
        }
        for (Nat nat : router.nats()) {
            details.add(new Detail("NAT", nat.type() + " "
                    + nat.logicalIp() + " -> " + nat.externalIp()));
        }
        if (!router.policies().isEmpty()) {
            details.add(new Detail("policies", String.valueOf(router.policies().size())));
        }
        addMap(details, "option ", router.options());
        addMap(details, "external id ", router.externalIds());
        return new RouterElement(ElementIds.router(key(router.name(), router.uuid())), display(router.name(),
                router.uuid()), lane, List.of(), details, Optional.of(new SourceRef("Logical_Router",
                key(router.uuid(), router.name()))));
    }

    static RouterPortElement routerPort(LogicalRouter router, LogicalRouterPort port, String lane) {
        List<String> addresses = new ArrayList<>();
        port.mac().ifPresent(mac -> addresses.add(mac.toString()));
        port.networks().forEach(n -> addresses.add(n.toString()));
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("name", port.name()));
        addIfSet(details, "UUID", port.uuid());
        details.add(new Detail("router", display(router.name(), router.uuid())));
        port.mac().ifPresent(mac -> details.add(new Detail("MAC", mac.toString())));
        port.networks().forEach(n -> details.add(new Detail("network", n.toString())));
        port.peer().ifPresent(peer -> details.add(new Detail("peer", peer)));
        port.gatewayChassis().forEach(c -> details.add(new Detail("gateway chassis", c)));
        return new RouterPortElement(ElementIds.routerPort(port.name()), port.name(), lane, addresses, details,
                Optional.of(new SourceRef("Logical_Router_Port", key(port.uuid(), port.name()))));
    }

    static SwitchElement logicalSwitch(LogicalSwitch logicalSwitch, String lane) {
        List<String> addresses = new ArrayList<>();
        // ovn-kubernetes records a node switch's pod subnet here; other clusters may not.
        Optional.ofNullable(logicalSwitch.otherConfig().get("subnet")).ifPresent(addresses::add);
        Optional.ofNullable(logicalSwitch.otherConfig().get("ipv6_prefix")).ifPresent(addresses::add);
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("name", logicalSwitch.name()));
        addIfSet(details, "UUID", logicalSwitch.uuid());
        details.add(new Detail("ports", String.valueOf(logicalSwitch.ports().size())));
        details.add(new Detail("load balancers", String.valueOf(logicalSwitch.loadBalancerUuids().size())));
        addMap(details, "other config ", logicalSwitch.otherConfig());
        addMap(details, "external id ", logicalSwitch.externalIds());
        return new SwitchElement(switchId(logicalSwitch), display(logicalSwitch.name(), logicalSwitch.uuid()), lane,
                addresses, details, Optional.of(new SourceRef("Logical_Switch",
                key(logicalSwitch.uuid(), logicalSwitch.name()))));
    }

    static String switchId(LogicalSwitch logicalSwitch) {
        return ElementIds.logicalSwitch(key(logicalSwitch.name(), logicalSwitch.uuid()));
    }

    static String routerId(LogicalRouter router) {
        return ElementIds.router(key(router.name(), router.uuid()));
    }

    static SwitchPortElement switchPort(LogicalSwitch owner, LogicalSwitchPort port, String lane) {
        return new SwitchPortElement(ElementIds.switchPort(port.name()), port.name(), lane, portAddresses(port),
                portDetails(owner, port), portSource(port), port.type());
    }

    static ManagementPortElement managementPort(LogicalSwitch owner, LogicalSwitchPort port, String lane,
                                                String hostInterface) {
        List<Detail> details = portDetails(owner, port);
        List<String> addresses = new ArrayList<>();
        if (!hostInterface.isEmpty()) {
            details.add(new Detail("host interface", hostInterface));
            addresses.add("host: " + hostInterface);
        }
        addresses.addAll(portAddresses(port));
        return new ManagementPortElement(ElementIds.switchPort(port.name()), port.name(), lane, addresses, details,
                portSource(port));
    }

    static PodElement pod(LogicalSwitch owner, LogicalSwitchPort port, String lane, Optional<Pod> kubePod) {
        List<Detail> details = portDetails(owner, port);
        kubePod.ifPresent(pod -> {
            details.add(new Detail("pod", pod.namespace() + "/" + pod.name()));
            pod.nodeName().ifPresent(n -> details.add(new Detail("node", n)));
            pod.phase().ifPresent(p -> details.add(new Detail("phase", p)));
        });
        return new PodElement(ElementIds.switchPort(port.name()), podName(port, kubePod), lane, portAddresses(port),
                details, portSource(port));
    }

    static PodGroupElement podGroup(LogicalSwitch owner, List<LogicalSwitchPort> pods, String lane) {
        String switchId = switchId(owner);
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("switch", display(owner.name(), owner.uuid())));
        details.add(new Detail("pods", String.valueOf(pods.size())));
        pods.forEach(p -> details.add(new Detail("pod port", p.name() + " " + String.join(" ", portAddresses(p)))));
        String name = pods.size() + " pods";
        return new PodGroupElement(ElementIds.podGroup(switchId), name, lane, List.of(), details, Optional.of(
                new SourceRef("Logical_Switch", key(owner.uuid(), owner.name()))), switchId, pods.size());
    }

    static LoadBalancerElement loadBalancer(LoadBalancer loadBalancer, String lane, List<String> holders) {
        List<String> addresses = new ArrayList<>();
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("name", loadBalancer.name()));
        addIfSet(details, "UUID", loadBalancer.uuid());
        details.add(new Detail("protocol", loadBalancer.effectiveProtocol()));
        for (LoadBalancerVip vip : loadBalancer.vips()) {
            addresses.add(vip.vip() + "/" + loadBalancer.effectiveProtocol());
            details.add(new Detail("VIP " + vip.vip(), vip.backends().stream().map(Object::toString)
                    .collect(Collectors.joining(", "))));
        }
        holders.forEach(h -> details.add(new Detail("held by", h)));
        addMap(details, "option ", loadBalancer.options());
        addMap(details, "external id ", loadBalancer.externalIds());
        return new LoadBalancerElement(ElementIds.loadBalancer(key(loadBalancer.uuid(), loadBalancer.name())),
                display(loadBalancer.name(), loadBalancer.uuid()), lane, addresses, details,
                Optional.of(new SourceRef("Load_Balancer", key(loadBalancer.uuid(), loadBalancer.name()))));
    }

    /** A VIF's IPs, from its addresses column or, for a {@code dynamic} port, what ovn-northd assigned. */
    static List<IpAddress> ips(LogicalSwitchPort port) {
        List<IpAddress> ips = new ArrayList<>();
        port.addresses().forEach(a -> ips.addAll(a.ips()));
        port.dynamicAddresses().forEach(a -> ips.addAll(a.ips()));
        return ips;
    }

    /** ovn-kubernetes names a pod's port {@code namespace_pod} and records the namespace; show it as ns/pod. */
    private static String podName(LogicalSwitchPort port, Optional<Pod> kubePod) {
        if (kubePod.isPresent()) {
            return kubePod.get().namespace() + "/" + kubePod.get().name();
        }
        String namespace = port.externalIds().getOrDefault("namespace", "");
        if (!namespace.isEmpty() && port.name().startsWith(namespace + "_")
                && port.name().length() > namespace.length() + 1) {
            return namespace + "/" + port.name().substring(namespace.length() + 1);
        }
        return port.name();
    }

    private static List<String> portAddresses(LogicalSwitchPort port) {
        List<String> addresses = new ArrayList<>();
        for (PortAddress address : concat(port.addresses(), port.dynamicAddresses())) {
            address.mac().ifPresent(mac -> addresses.add(mac.toString()));
            address.ips().forEach(ip -> addresses.add(ip.toString()));
        }
        return addresses;
    }

    private static List<Detail> portDetails(LogicalSwitch owner, LogicalSwitchPort port) {
        List<Detail> details = new ArrayList<>();
        details.add(new Detail("name", port.name()));
        addIfSet(details, "UUID", port.uuid());
        details.add(new Detail("switch", display(owner.name(), owner.uuid())));
        details.add(new Detail("type", port.type().isEmpty() ? "(VIF)" : port.type()));
        port.addresses().forEach(a -> details.add(new Detail("address", a.text())));
        port.dynamicAddresses().forEach(a -> details.add(new Detail("dynamic address", a.text())));
        port.routerPort().ifPresent(rp -> details.add(new Detail("router port", rp)));
        port.up().ifPresent(up -> details.add(new Detail("up", up.toString())));
        addMap(details, "option ", port.options());
        addMap(details, "external id ", port.externalIds());
        return details;
    }

    private static Optional<SourceRef> portSource(LogicalSwitchPort port) {
        return Optional.of(new SourceRef("Logical_Switch_Port", key(port.uuid(), port.name())));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void addIfSet(List<Detail> details, String label, String value) {
        if (!value.isEmpty()) {
            details.add(new Detail(label, value));
        }
    }

    private static void addMap(List<Detail> details, String prefix, Map<String, String> map) {
        map.forEach((k, v) -> details.add(new Detail(prefix + k, v)));
    }

    /** The first of the two that is set: names are preferred for ids, UUIDs for source references. */
    static String key(String preferred, String fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    }

    private static String display(String name, String uuid) {
        return name.isEmpty() ? uuid : name;
    }
}
