package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NatType;
import io.ovnscope.core.model.ovn.PolicyAction;
import io.ovnscope.core.model.ovn.RoutePolicy;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.model.ovn.match.MatchOutcome;
import io.ovnscope.core.model.ovn.match.OvnMatch;
import io.ovnscope.core.model.ovn.match.ParsedMatch;
import io.ovnscope.core.model.ovn.match.Truth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An OVN logical router, in the order its pipeline runs: load balancer DNAT (on a gateway router), routing
 * (connected networks and static routes by longest prefix, a destination route before a source route of the
 * same length, as northd orders them), then policies by priority (a reroute overrides the route), then SNAT
 * ({@code lb_force_snat_ip} after a load balancer, or the NAT table), then the port out.
 */
final class RouterStage {
    private final NodeModel model;

    RouterStage(NodeModel model) {
        this.model = model;
    }

    Move handle(Arrival.AtRouter at, Packet arriving, TraceLog log) {
        LogicalRouter router = at.router();
        Hop hop = model.roles.of(router);
        Packet packet = arriving;
        boolean gateway = ElementRoles.isGateway(router);
        boolean balanced = false;
        if (gateway) {
            Optional<LoadBalancing.Balanced> dnat = LoadBalancing.apply(model.northbound.loadBalancersOf(router),
                    "ovn-nbctl lr-lb-list " + router.name(), packet, hop, log);
            if (log.ended()) {
                return Move.done(packet);
            }
            if (dnat.isPresent()) {
                log.row(hop, packet, dnat.get().comment(), List.of(dnat.get().evidence()));
                packet = dnat.get().packet();
                balanced = true;
            }
        }
        Optional<RouteChoice> routed = route(router, packet);
        if (routed.isEmpty()) {
            log.row(hop, packet, "no route to " + packet.dst().address(), List.of());
            log.stop(hop, router.name() + " has no route to " + packet.dst().address());
            return Move.done(packet);
        }
        RouteChoice choice = routed.get();
        Optional<RouteChoice> rerouted = policy(router, at.inport(), packet, choice, log, hop);
        if (log.ended()) {
            return Move.done(packet);
        }
        choice = rerouted.orElse(choice);
        log.row(hop, packet, choice.comment(), List.of(choice.evidence()));
        packet = snat(router, choice.outport(), packet, balanced, log, hop);
        return egress(router, choice, packet, log, hop);
    }

    private Optional<RouteChoice> route(LogicalRouter router, Packet packet) {
        IpAddress destination = packet.dst().address();
        RouteChoice best = null;
        int bestPriority = -1;
        for (LogicalRouterPort port : router.ports()) {
            for (IpPrefix network : port.networks()) {
                IpPrefix connected = new IpPrefix(network.network(), network.length());
                int priority = network.length() * 3 + 2;
                if (connected.contains(destination) && priority > bestPriority) {
                    bestPriority = priority;
                    best = new RouteChoice(port, destination, "route to " + destination,
                            new Evidence("ovn-nbctl show", 0, "router " + router.name() + " port " + port.name()
                                    + " networks: [\"" + network + "\"] (connected " + connected + ")"));
                }
            }
        }
        for (StaticRoute route : router.staticRoutes()) {
            if (!route.mainTable() || route.ipPrefix().v6() != destination.v6()) {
                continue;
            }
            boolean source = route.policy() == RoutePolicy.SRC_IP;
            IpAddress key = source ? packet.src().address() : destination;
            int priority = route.ipPrefix().length() * 3 + (source ? 0 : 1);
            if (!route.ipPrefix().contains(key) || priority <= bestPriority) {
                continue;
            }
            Optional<IpAddress> nexthop = route.nexthopAddress();
            Optional<LogicalRouterPort> out = route.outputPort().flatMap(router::port)
                    .or(() -> nexthop.flatMap(address -> portTowards(router, address)));
            if (nexthop.isEmpty() || out.isEmpty()) {
                continue;
            }
            bestPriority = priority;
            best = new RouteChoice(out.get(), nexthop.get(), "a static route sets nexthop to " + nexthop.get()
                    + describe(nexthop.get()), new Evidence("ovn-nbctl lr-route-list " + router.name(), 0,
                    routeText(route)));
        }
        return Optional.ofNullable(best);
    }

    private Optional<RouteChoice> policy(LogicalRouter router, LogicalRouterPort inport, Packet packet,
                                         RouteChoice routed, TraceLog log, Hop hop) {
        List<RouterPolicy> policies = new ArrayList<>(router.policies());
        policies.sort(Comparator.comparingInt(RouterPolicy::priority).reversed());
        for (RouterPolicy policy : policies) {
            ParsedMatch parsed = OvnMatch.parse(policy.match());
            Evidence evidence = new Evidence("ovn-nbctl lr-policy-list " + router.name(), 0, policyText(policy));
            if (parsed instanceof ParsedMatch.Invalid) {
                log.row(hop, packet, "a router policy cannot be read", List.of(evidence));
                log.stop(hop, "policy " + policy.priority() + " has a match the trace cannot read: "
                        + ((ParsedMatch.Invalid) parsed).message());
                return Optional.empty();
            }
            MatchOutcome outcome = ((ParsedMatch.Valid) parsed).expression()
                    .evaluate(new RouterPacketView(packet, inport.name()), model.northbound.setLookup());
            if (outcome.truth() == Truth.UNKNOWN) {
                log.row(hop, packet, "a router policy may apply", List.of(evidence));
                log.stop(hop, "policy " + policy.priority() + " depends on " + String.join(", ", outcome.unknowns()));
                return Optional.empty();
            }
            if (!outcome.matched()) {
                continue;
            }
            if (policy.action() == PolicyAction.DROP) {
                log.row(hop, packet, "a router policy drops the packet", List.of(evidence));
                log.stop(hop, "policy " + policy.priority() + " drops the packet");
                return Optional.empty();
            }
            if (policy.action() == PolicyAction.ALLOW || policy.nexthops().isEmpty()) {
                return Optional.empty();
            }
            IpAddress nexthop = policy.nexthops().get(0);
            Optional<LogicalRouterPort> out = portTowards(router, nexthop);
            if (out.isEmpty()) {
                log.row(hop, packet, "a router policy reroutes to " + nexthop, List.of(evidence));
                log.stop(hop, "policy " + policy.priority() + " reroutes to " + nexthop
                        + ", which no port of " + router.name() + " reaches");
                return Optional.empty();
            }
            return Optional.of(new RouteChoice(out.get(), nexthop, "a router policy sets nexthop to " + nexthop
                    + describe(nexthop), evidence));
        }
        return Optional.empty();
    }

    private Packet snat(LogicalRouter router, LogicalRouterPort outport, Packet packet, boolean balanced,
                        TraceLog log, Hop hop) {
        String force = router.options().getOrDefault("lb_force_snat_ip", "");
        if (balanced && !force.isEmpty()) {
            Optional<IpAddress> address = "router_ip".equals(force)
                    ? outport.networks().stream().map(IpPrefix::address)
                    .filter(ip -> ip.v6() == packet.src().address().v6()).findFirst()
                    : IpAddress.parse(force.split(" ")[0]);
            if (address.isPresent()) {
                String portText = outport.name() + " " + outport.mac().map(MacAddress::toString).orElse("")
                        + " " + outport.networks();
                log.row(hop, packet, "a router port config SNAT's " + packet.src().address() + " to " + address.get(),
                        List.of(new Evidence("ovn-nbctl get logical_router " + router.name() + " options", 0,
                                "lb_force_snat_ip=" + force), new Evidence("ovn-nbctl show", 0, "port " + portText)));
                return packet.withSrc(new IpEndpoint(address.get(), packet.src().port()));
            }
        }
        if (!ElementRoles.isGateway(router)) {
            return packet;
        }
        for (Nat nat : router.nats()) {
            boolean snat = nat.type() == NatType.SNAT || nat.type() == NatType.DNAT_AND_SNAT;
            boolean leaving = outport.networks().stream().noneMatch(network ->
                    new IpPrefix(network.network(), network.length()).contains(packet.src().address()));
            if (snat && leaving && nat.logicalIp().contains(packet.src().address())) {
                log.row(hop, packet, "a NAT rule SNAT's " + packet.src().address() + " to " + nat.externalIp(),
                        List.of(new Evidence("ovn-nbctl lr-nat-list " + router.name(), 0,
                                nat.type() + " " + nat.externalIp() + " " + nat.logicalIp())));
                return packet.withSrc(new IpEndpoint(nat.externalIp(), packet.src().port()));
            }
        }
        return packet;
    }

    private Move egress(LogicalRouter router, RouteChoice choice, Packet packet, TraceLog log, Hop hop) {
        LogicalRouterPort outport = choice.outport();
        if (outport.peer().isPresent()) {
            Optional<LogicalRouterPort> peer = model.northbound.routerPort(outport.peer().get());
            Optional<LogicalRouter> next = peer.flatMap(port -> model.northbound.routerOfPort(port.name()));
            if (next.isPresent()) {
                return new Move(packet.toMac(peer.get().mac()), new Arrival.AtRouter(next.get(), peer.get()));
            }
        }
        Optional<LogicalSwitchPort> switchPort = model.northbound.switchPortPeering(outport.name());
        Optional<LogicalSwitch> logicalSwitch = switchPort.flatMap(port -> model.northbound.switchOfPort(port.name()));
        if (logicalSwitch.isEmpty()) {
            log.stop(hop, "router port " + outport.name() + " of " + router.name() + " connects to nothing");
            return Move.done(packet);
        }
        Optional<MacAddress> mac = model.segments.macOf(logicalSwitch.get(), choice.nexthop());
        if (mac.isEmpty() && model.segments.localnet(logicalSwitch.get()).isEmpty()) {
            log.stop(model.roles.of(logicalSwitch.get()), "no port of " + logicalSwitch.get().name() + " has "
                    + choice.nexthop() + ", the next hop of " + router.name());
            return Move.done(packet);
        }
        return new Move(packet.toMac(mac), new Arrival.AtSwitch(logicalSwitch.get(), switchPort.get()));
    }

    private static Optional<LogicalRouterPort> portTowards(LogicalRouter router, IpAddress address) {
        return router.ports().stream()
                .filter(port -> port.networks().stream()
                        .anyMatch(network -> new IpPrefix(network.network(), network.length()).contains(address)))
                .findFirst();
    }

    /** Names the next hop when it is the management port, as the seed does. */
    private String describe(IpAddress nexthop) {
        return model.workloads.withIp(nexthop).filter(WorkloadPort::management)
                .map(port -> " (the management port) and sends the packet to " + port.hostDevice()).orElse("");
    }

    private static String routeText(StaticRoute route) {
        return route.ipPrefix() + " " + route.nexthop() + " " + route.policy()
                + route.outputPort().map(port -> " " + port).orElse("");
    }

    private static String policyText(RouterPolicy policy) {
        String nexthops = policy.nexthops().stream().map(IpAddress::toString).reduce((a, b) -> a + "," + b).orElse("");
        return policy.priority() + " " + policy.match() + " " + policy.action()
                + (nexthops.isEmpty() ? "" : " " + nexthops);
    }
}
