package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.snapshot.Snapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Traces a packet through a node from its snapshot alone: the sender's routing, the host's routes and nat,
 * OpenFlow bridges, OVN's switches and routers, hop by hop, each row with the rule that decided it. Pure: the
 * same snapshot and question always give the same trace. Build one engine per snapshot and ask it many
 * questions; it indexes the flows once.
 */
public final class TraceEngine {
    private static final int MAX_HOPS = 64;

    private final NodeModel model;
    private final SwitchStage switches;
    private final RouterStage routers;
    private final HostStage host;
    private final BridgeStage bridges;

    public TraceEngine(Snapshot snapshot) {
        this.model = new NodeModel(snapshot);
        this.switches = new SwitchStage(model);
        this.routers = new RouterStage(model);
        this.host = new HostStage(model);
        this.bridges = new BridgeStage(model);
    }

    public Trace trace(TraceQuestion question) {
        TraceLog log = new TraceLog();
        Optional<IpEndpoint> destination = destination(question.to(), question.protocol());
        if (destination.isEmpty()) {
            log.stop(new Hop(HopKind.EXTERNAL, question.to()), "\"" + question.to() + "\" is neither a pod of the"
                    + " snapshot nor an IP address (write IP or IP:port)");
            return log.finish(question, Optional.empty(), Optional.empty());
        }
        Optional<Start> start = start(question, destination.get(), log);
        if (start.isEmpty()) {
            return log.finish(question, Optional.empty(), destination);
        }
        Packet packet = start.get().packet();
        Arrival next = start.get().arrival();
        for (int hops = 0; !(next instanceof Arrival.Done); hops++) {
            if (hops == MAX_HOPS) {
                log.stop(new Hop(HopKind.HOST_NETWORK, "path"), "more than " + MAX_HOPS + " hops: the packet loops");
                break;
            }
            Move move = step(next, packet, log, destination.get());
            packet = move.packet();
            next = move.next();
        }
        return log.finish(question, Optional.of(packet.src()), Optional.of(packet.dst()));
    }

    /** The reply of a delivered request: the same connection back, each NAT undone where it was done. */
    public Trace reply(Trace request) {
        return ReplyPath.of(request, sender(request.question().from()));
    }

    /** Where the request came from, as the reply's destination: a pod (with its port), the host, or outside. */
    private Hop sender(String from) {
        Hop host = new Hop(HopKind.HOST, "host");
        if (TraceQuestion.HOST.equalsIgnoreCase(from)) {
            return host;
        }
        Optional<IpAddress> address = IpAddress.parse(from);
        if (address.isPresent()) {
            Optional<WorkloadPort> pod = model.workloads.withIp(address.get()).filter(port -> !port.management());
            return pod.map(WorkloadPort::hop).orElse(model.host.isLocal(address.get()) ? host
                    : new Hop(HopKind.EXTERNAL, from));
        }
        List<WorkloadPort> pods = model.workloads.named(from);
        return pods.size() == 1 ? pods.get(0).hop() : new Hop(HopKind.POD, from);
    }

    private Move step(Arrival arrival, Packet packet, TraceLog log, IpEndpoint asked) {
        if (arrival instanceof Arrival.AtSwitch) {
            return switches.handle((Arrival.AtSwitch) arrival, packet, log, asked);
        }
        if (arrival instanceof Arrival.AtRouter) {
            return routers.handle((Arrival.AtRouter) arrival, packet, log);
        }
        if (arrival instanceof Arrival.AtHost) {
            return host.received((Arrival.AtHost) arrival, packet, log);
        }
        if (arrival instanceof Arrival.AtBridge) {
            return bridges.handle((Arrival.AtBridge) arrival, packet, log);
        }
        return host.fromHost(packet, log);
    }

    private record Start(Packet packet, Arrival arrival) {
    }

    private Optional<Start> start(TraceQuestion question, IpEndpoint destination, TraceLog log) {
        String from = question.from();
        if (TraceQuestion.HOST.equalsIgnoreCase(from)) {
            Optional<IpAddress> node = model.host.nodeAddress();
            if (node.isEmpty()) {
                log.stop(new Hop(HopKind.HOST, "host"), "the snapshot does not say the node's address (no default"
                        + " route with an addressed device in ip route and ip addr)");
                return Optional.empty();
            }
            return Optional.of(new Start(packet(node.get(), destination, question), new Arrival.FromHost()));
        }
        Optional<IpAddress> address = IpAddress.parse(from);
        if (address.isPresent()) {
            Optional<WorkloadPort> pod = model.workloads.withIp(address.get()).filter(port -> !port.management());
            if (pod.isPresent()) {
                return fromPod(pod.get(), destination, question, log);
            }
            if (model.host.isLocal(address.get())) {
                return Optional.of(new Start(packet(address.get(), destination, question), new Arrival.FromHost()));
            }
            Optional<String> uplink = model.host.uplink();
            if (uplink.isEmpty()) {
                log.stop(new Hop(HopKind.EXTERNAL, from), "the snapshot does not say the node's uplink (no default route)");
                return Optional.empty();
            }
            Packet arriving = packet(address.get(), destination, question);
            Optional<Map.Entry<String, Long>> bridge = model.bridgeEntry(uplink.get());
            return Optional.of(new Start(arriving, bridge
                    .<Arrival>map(entry -> new Arrival.AtBridge(entry.getKey(), entry.getValue()))
                    .orElse(new Arrival.AtHost(uplink.get(), false))));
        }
        List<WorkloadPort> pods = model.workloads.named(from);
        if (pods.size() != 1) {
            log.stop(new Hop(HopKind.POD, from), pods.isEmpty()
                    ? "no pod named \"" + from + "\" in the snapshot (give its name, namespace/name or IP)"
                    : "\"" + from + "\" names " + pods.size() + " pods: give namespace/name");
            return Optional.empty();
        }
        return fromPod(pods.get(0), destination, question, log);
    }

    private Optional<Start> fromPod(WorkloadPort pod, IpEndpoint destination, TraceQuestion question,
                                    TraceLog log) {
        Packet packet = packet(pod.ip(), destination, question);
        Optional<LogicalSwitchPort> gateway = model.segments.gatewayFor(pod.logicalSwitch(), pod.ip());
        Optional<MacAddress> mac;
        boolean onSubnet = gateway.flatMap(model.segments::routerPortOf)
                .map(port -> port.networks().stream().anyMatch(network ->
                        network.contains(destination.address())))
                .orElse(false);
        if (onSubnet || gateway.isEmpty()) {
            mac = model.segments.macOf(pod.logicalSwitch(), destination.address());
        } else {
            mac = gateway.flatMap(model.segments::routerPortOf).flatMap(port -> port.mac());
        }
        if (mac.isEmpty()) {
            log.stop(pod.hop(), gateway.isEmpty() ? "the pod's switch " + pod.logicalSwitch().name()
                    + " has no router port for its subnet, and no port there has " + destination.address()
                    : "no port of " + pod.logicalSwitch().name() + " answers ARP for " + destination.address());
            return Optional.empty();
        }
        return Optional.of(new Start(packet.toMac(mac), new Arrival.AtSwitch(pod.logicalSwitch(), pod.port())));
    }

    private static Packet packet(IpAddress source, IpEndpoint destination, TraceQuestion question) {
        return new Packet(new IpEndpoint(source, OptionalInt.empty()), destination, question.protocol(),
                Optional.empty());
    }

    private Optional<IpEndpoint> destination(String to, TraceProtocol protocol) {
        Optional<IpEndpoint> endpoint = IpEndpoint.parse(to);
        if (endpoint.isPresent()) {
            return protocol.hasPorts() ? endpoint : endpoint.map(e -> new IpEndpoint(e.address(), OptionalInt.empty()));
        }
        List<WorkloadPort> pods = model.workloads.named(to);
        return pods.size() == 1 ? Optional.of(new IpEndpoint(pods.get(0).ip(), OptionalInt.empty())) : Optional.empty();
    }
}
