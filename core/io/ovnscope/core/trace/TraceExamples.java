package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.MatchField;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Seed 004's ten traffic flows filled with a snapshot's real names and addresses, found from its data: a client
 * pod and a second pod on its switch, a cluster service whose backend is a pod, a service whose backend is not
 * a pod (the host's API server), the node's address and a node port. A flow whose data the snapshot lacks is
 * left out with the reason.
 *
 * @param examples the flows that could be filled, in the seed's order
 * @param missing  the flows that could not, in the seed's order
 */
public record TraceExamples(List<TraceExample> examples, List<MissingExample> missing) {
    /** Seed 004 writes "ExternalIP" and an outside server; these documentation-safe addresses stand in. */
    public static final String EXTERNAL_CLIENT = "203.0.113.9";
    public static final String EXTERNAL_SERVER = "8.8.8.8";
    /** The DNS service every cluster runs, which the seed's cluster-service examples use. */
    private static final int DNS_PORT = 53;

    public TraceExamples {
        examples = List.copyOf(examples);
        missing = List.copyOf(missing);
    }

    public static TraceExamples of(Snapshot snapshot) {
        return new Finder(snapshot.node()).find();
    }

    /** A service address with the transport its load balancer serves. */
    private record Vip(IpEndpoint endpoint, TraceProtocol protocol, List<IpEndpoint> backends) {
    }

    private static final class Finder {
        private final Map<String, FlowDump> flows;
        private final HostFacts host;
        private final List<WorkloadPort> pods;
        private final Set<IpAddress> podIps;
        private final List<Vip> vips = new ArrayList<>();
        private final List<TraceExample> examples = new ArrayList<>();
        private final List<MissingExample> missing = new ArrayList<>();

        Finder(NodeState node) {
            this.flows = node.flows();
            this.host = new HostFacts(node.interfaces(), node.routes());
            Workloads workloads = new Workloads(node.northbound(), host, node.kubernetes());
            this.pods = workloads.all().stream().filter(port -> !port.management())
                    .sorted(Comparator.comparing(WorkloadPort::name).thenComparing(WorkloadPort::namespace)).toList();
            this.podIps = pods.stream().map(WorkloadPort::ip).collect(Collectors.toSet());
            for (LoadBalancer balancer : node.northbound().loadBalancers()) {
                Optional<TraceProtocol> protocol = TraceProtocol.parse(balancer.effectiveProtocol());
                for (LoadBalancerVip vip : balancer.vips()) {
                    if (protocol.isPresent() && vip.vip().port().isPresent() && !vip.backends().isEmpty()) {
                        vips.add(new Vip(vip.vip(), protocol.get(), vip.backends()));
                    }
                }
            }
            vips.sort(Comparator.comparing((Vip vip) -> vip.endpoint().port().getAsInt() != DNS_PORT)
                    .thenComparing(vip -> vip.endpoint().address())
                    .thenComparingInt(vip -> vip.endpoint().port().getAsInt())
                    .thenComparing(Vip::protocol));
        }

        TraceExamples find() {
            Optional<WorkloadPort> client = client();
            Optional<String> pod = client.map(this::asked);
            Optional<String> secondPod = client.flatMap(this::neighbour).map(this::asked);
            Optional<IpAddress> nodeIp = host.nodeAddress();
            Optional<Vip> clusterService = vip(vip -> !host.isLocal(vip.endpoint().address())
                    && vip.backends().stream().anyMatch(b -> podIps.contains(b.address())));
            Optional<Vip> hostService = vip(vip -> !host.isLocal(vip.endpoint().address())
                    && vip.backends().stream().noneMatch(b -> podIps.contains(b.address())));
            Optional<Vip> nodePort = vip(vip -> nodeIp.filter(vip.endpoint().address()::equals).isPresent()
                    && vip.backends().stream().anyMatch(b -> podIps.contains(b.address())));
            String noPod = "no pod with an address on a logical switch";
            String noHost = "the node's address is unknown (no default route through an addressed device)";
            String noCluster = "no load balancer VIP whose backend is a pod";
            String noHostService = "no load balancer VIP whose backends are not pods (such as the API server)";
            String noNodePort = "no load balancer VIP on the node's address (a node port)";

            add("pod to pod", pod, noPod, secondPod, "no second pod on the first pod's switch", TraceProtocol.TCP);
            add("pod to host", pod, noPod, nodeIp.map(IpAddress::toString), noHost, TraceProtocol.TCP);
            add("pod to external", pod, noPod, Optional.of(EXTERNAL_SERVER), "", TraceProtocol.TCP);
            add("host to pod", Optional.of(TraceQuestion.HOST), "", pod, noPod, TraceProtocol.TCP);
            add("pod to clusterService", pod, noPod, clusterService.map(this::address), noCluster,
                    clusterService.map(vip -> preferred(vip, TraceProtocol.UDP)).orElse(TraceProtocol.UDP));
            add("pod to hostService", pod, noPod, hostService.map(this::address), noHostService,
                    hostService.map(Vip::protocol).orElse(TraceProtocol.TCP));
            add("host to clusterService", Optional.of(TraceQuestion.HOST), "", clusterService.map(this::address),
                    noCluster, clusterService.map(vip -> preferred(vip, TraceProtocol.TCP)).orElse(TraceProtocol.TCP));
            add("host to hostService", Optional.of(TraceQuestion.HOST), "", hostService.map(this::address),
                    noHostService, hostService.map(Vip::protocol).orElse(TraceProtocol.TCP));
            add("pod to nodePortService", pod, noPod, nodePort.map(this::address),
                    nodeIp.isEmpty() ? noHost : noNodePort, nodePort.map(Vip::protocol).orElse(TraceProtocol.TCP));
            add("external to nodePortService", Optional.of(EXTERNAL_CLIENT), "", nodePort.map(this::address),
                    nodeIp.isEmpty() ? noHost : noNodePort, nodePort.map(Vip::protocol).orElse(TraceProtocol.TCP));
            nodePortFlowSet();
            return new TraceExamples(examples, missing);
        }

        /**
         * Seed 000's request path, once for each node port a bridge's NodePort flow set holds: the flows of
         * its cookie that match a destination address and a TCP port (the UplinkTable's, one per port).
         */
        private void nodePortFlowSet() {
            Set<String> ports = new TreeSet<>();
            for (Map.Entry<String, FlowDump> dump : flows.entrySet()) {
                for (Flow flow : dump.getValue().flows()) {
                    MatchField address = flow.matchField("nw_dst");
                    MatchField port = flow.matchField("tp_dst");
                    if (flow.cookie() == NodePortParameters.SEED_COOKIE && address != null && port != null
                            && address.mask() == null && port.mask() == null) {
                        ports.add(address.value() + ":" + port.value());
                    }
                }
            }
            for (String destination : ports) {
                examples.add(new TraceExample("external to NodePort flow set (seed 000) " + destination,
                        new TraceQuestion(EXTERNAL_CLIENT, destination, TraceProtocol.TCP)));
            }
        }

        private void add(String title, Optional<String> from, String noFrom, Optional<String> to, String noTo,
                         TraceProtocol protocol) {
            if (from.isEmpty()) {
                missing.add(new MissingExample(title, noFrom));
            } else if (to.isEmpty()) {
                missing.add(new MissingExample(title, noTo));
            } else {
                examples.add(new TraceExample(title, new TraceQuestion(from.get(), to.get(), protocol)));
            }
        }

        /** A pod that looks like a client: no service sends to it, so its traces show the service side alone. */
        private Optional<WorkloadPort> client() {
            Set<IpAddress> backends = vips.stream().flatMap(vip -> vip.backends().stream())
                    .map(IpEndpoint::address).collect(Collectors.toSet());
            return pods.stream().filter(port -> !backends.contains(port.ip())).findFirst()
                    .or(() -> pods.stream().findFirst());
        }

        /** Another pod on the client's switch, one of its own namespace first. */
        private Optional<WorkloadPort> neighbour(WorkloadPort client) {
            return pods.stream()
                    .filter(port -> !port.port().name().equals(client.port().name()))
                    .filter(port -> port.logicalSwitch().name().equals(client.logicalSwitch().name()))
                    .min(Comparator.comparing((WorkloadPort port) -> !port.namespace().equals(client.namespace())));
        }

        /** The pod's name as a question names it: namespace/name when the name alone is ambiguous. */
        private String asked(WorkloadPort pod) {
            long same = pods.stream().filter(port -> port.name().equals(pod.name())).count();
            return same > 1 && !pod.namespace().isEmpty() ? pod.namespace() + "/" + pod.name() : pod.name();
        }

        private Optional<Vip> vip(Predicate<Vip> wanted) {
            return vips.stream().filter(wanted).findFirst();
        }

        /** The protocol the seed uses for this flow when the same VIP serves it, else the VIP's own. */
        private TraceProtocol preferred(Vip chosen, TraceProtocol wanted) {
            return vips.stream().anyMatch(vip -> vip.endpoint().equals(chosen.endpoint()) && vip.protocol() == wanted)
                    ? wanted : chosen.protocol();
        }

        private String address(Vip vip) {
            return vip.endpoint().toString();
        }
    }
}
