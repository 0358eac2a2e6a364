package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OVN logical switch: load balancer DNAT for packets from workload ports (OVN skips it for packets from
 * router ports), then forwarding to the port that owns the destination MAC, or to the localnet port when no
 * port owns it.
 */
final class SwitchStage {
    private final NodeModel model;

    SwitchStage(NodeModel model) {
        this.model = model;
    }

    Move handle(Arrival.AtSwitch at, Packet arriving, TraceLog log, IpEndpoint askedDestination) {
        LogicalSwitch logicalSwitch = at.logicalSwitch();
        Hop hop = model.roles.of(logicalSwitch);
        Packet packet = arriving;
        List<Evidence> evidence = new ArrayList<>();
        String comment = null;
        if (!at.inport().isRouterPort()) {
            Optional<LoadBalancing.Balanced> balanced = LoadBalancing.apply(
                    model.northbound.loadBalancersOf(logicalSwitch), "ovn-nbctl ls-lb-list " + logicalSwitch.name(),
                    packet, hop, log);
            if (log.ended()) {
                return Move.done(packet);
            }
            if (balanced.isPresent()) {
                evidence.add(balanced.get().evidence());
                comment = balanced.get().comment();
                packet = balanced.get().packet();
            }
        }
        Optional<LogicalSwitchPort> out = outport(logicalSwitch, at.inport(), packet);
        if (out.isEmpty()) {
            log.row(hop, arriving, "no port of the switch owns the destination", evidence);
            log.stop(hop, "no port of " + logicalSwitch.name() + " owns " + packet.ethDst().map(Object::toString)
                    .orElse("the destination") + " and the switch has no localnet port");
            return Move.done(packet);
        }
        LogicalSwitchPort outport = out.get();
        boolean transit = ElementRoles.isTransitPort(at.inport()) && ElementRoles.isTransitPort(outport)
                && comment == null;
        if (outport.isRouterPort()) {
            Optional<LogicalRouterPort> routerPort = model.segments.routerPortOf(outport);
            Optional<LogicalRouter> router = routerPort.flatMap(port -> model.northbound.routerOfPort(port.name()));
            if (router.isEmpty()) {
                log.row(hop, arriving, "forward to router port " + outport.routerPort().orElse("?"), evidence);
                log.stop(hop, "switch port " + outport.name() + " names router port "
                        + outport.routerPort().orElse("(none)") + ", which no router holds");
                return Move.done(packet);
            }
            if (comment == null) {
                comment = towardsRouter(at.inport(), router.get(), routerPort.get());
            }
            record(log, hop, arriving, comment, evidence, transit);
            return new Move(packet, new Arrival.AtRouter(router.get(), routerPort.get()));
        }
        if ("localnet".equals(outport.type())) {
            Optional<Map.Entry<String, Long>> patch = model.patchFor(outport.name());
            if (patch.isEmpty()) {
                record(log, hop, arriving, comment == null ? "forward to the localnet port " + outport.name() : comment,
                        evidence, false);
                log.stop(hop, "no bridge of the snapshot patches into localnet port " + outport.name()
                        + " (is ovs-vsctl show or ovs-ofctl show missing?)");
                return Move.done(packet);
            }
            if (comment == null) {
                comment = "forward to " + patch.get().getKey() + " through the localnet port " + outport.name();
            }
            record(log, hop, arriving, comment, evidence, transit);
            return new Move(packet, new Arrival.AtBridge(patch.get().getKey(), patch.get().getValue()));
        }
        Optional<WorkloadPort> workload = model.workloads.onSwitchWithMac(logicalSwitch,
                packet.ethDst().orElseThrow());
        if (workload.isPresent() && workload.get().management()) {
            log.row(hop, arriving, comment == null ? "forward to " + workload.get().hostDevice() : comment, evidence);
            return new Move(packet, new Arrival.AtHost(workload.get().hostDevice(), true));
        }
        if (comment == null) {
            comment = sameSwitchPods(at.inport(), logicalSwitch) ? "source and destination pods are connected to the"
                    + " same " + hop.kind().role()
                    : packet.dst().address().equals(askedDestination.address()) ? "forward to the dest pod"
                    : "forward to the endpoint pod";
        }
        log.row(hop, arriving, comment, evidence);
        log.deliver(workload.map(WorkloadPort::hop).orElse(new Hop(HopKind.POD, outport.name(), outport.name())));
        return Move.done(packet);
    }

    private static void record(TraceLog log, Hop hop, Packet arriving, String comment, List<Evidence> evidence,
                               boolean transit) {
        if (transit) {
            log.pass(hop);
        } else {
            log.row(hop, arriving, comment, evidence);
        }
    }

    private boolean sameSwitchPods(LogicalSwitchPort inport, LogicalSwitch logicalSwitch) {
        return model.workloads.all().stream().anyMatch(port -> port.port().uuid().equals(inport.uuid())
                && !port.management() && port.logicalSwitch().uuid().equals(logicalSwitch.uuid()));
    }

    private String towardsRouter(LogicalSwitchPort inport, LogicalRouter router, LogicalRouterPort routerPort) {
        String role = model.roles.of(router).kind().role();
        String address = routerPort.networks().isEmpty() ? routerPort.name()
                : routerPort.networks().get(0).address().toString();
        boolean fromPod = model.workloads.all().stream()
                .anyMatch(port -> port.port().uuid().equals(inport.uuid()) && !port.management());
        return fromPod ? "pod default route to " + role + " " + address : "forward to " + role + " " + address;
    }

    private Optional<LogicalSwitchPort> outport(LogicalSwitch logicalSwitch, LogicalSwitchPort inport, Packet packet) {
        if (packet.ethDst().isPresent()) {
            Optional<WorkloadPort> workload = model.workloads.onSwitchWithMac(logicalSwitch, packet.ethDst().get());
            if (workload.isPresent()) {
                return Optional.of(workload.get().port());
            }
            Optional<LogicalSwitchPort> router = model.segments.routerPortWithMac(logicalSwitch, packet.ethDst().get());
            if (router.isPresent()) {
                return router;
            }
        }
        return model.segments.localnet(logicalSwitch).filter(port -> !port.uuid().equals(inport.uuid()));
    }
}
