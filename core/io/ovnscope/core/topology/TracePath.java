package io.ovnscope.core.topology;

import io.ovnscope.core.trace.Hop;
import io.ovnscope.core.trace.HopKind;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceStep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A trace drawn on a topology: where the packet starts, then one leg per row (and one for the delivery), each the
 * element the row happens at and the links crossed to reach it from the previous leg. Between two rows the
 * packet crosses only ports and the row's {@code via} hops; where the picture has no link between two hops (the
 * management port and the host are one device seen from two sides) the leg crosses nothing and the packet
 * jumps.
 *
 * @param start the element the packet leaves from
 * @param legs  in order: the rows, then the delivery when the packet was delivered
 * @param stop  the element the trace stopped at, when it stopped
 */
public record TracePath(String start, List<Leg> legs, Optional<String> stop) {
    /** How far apart two hops may be in ports before the path gives up and jumps. */
    private static final int MAX_PORTS_BETWEEN = 6;

    public TracePath {
        Objects.requireNonNull(start, "start");
        legs = List.copyOf(legs);
        Objects.requireNonNull(stop, "stop");
    }

    /**
     * One stretch of the path.
     *
     * @param row       the row's number, or 0 for the delivery after the last row
     * @param element   where the packet is at the end of this leg
     * @param crossings the links crossed to get here, in order
     */
    public record Leg(int row, String element, List<Crossing> crossings) {
        public Leg {
            Objects.requireNonNull(element, "element");
            crossings = List.copyOf(crossings);
        }
    }

    /** A link crossed from its source to its target ({@code forward}) or back. */
    public record Crossing(String link, boolean forward) {
        public Crossing {
            Objects.requireNonNull(link, "link");
        }
    }

    /** Element and link ids in travel order, each once: what a picture draws as the path. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        ids.add(start);
        for (Leg leg : legs) {
            for (Crossing crossing : leg.crossings()) {
                addOnce(ids, crossing.link());
            }
            addOnce(ids, leg.element());
        }
        return ids;
    }

    private static void addOnce(List<String> ids, String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /**
     * Maps a trace onto a topology of the node it was traced on.
     *
     * @param node the node's name (its host, uplink and external network are drawn in its lane)
     */
    public static TracePath of(Trace trace, Topology topology, String node) {
        return new Mapper(topology, node).map(trace);
    }

    private static final class Mapper {
        private final Topology topology;
        private final String node;
        private final Map<String, TopologyElement> byId;
        private final Map<String, List<Link>> linksOf = new HashMap<>();

        Mapper(Topology topology, String node) {
            this.topology = topology;
            this.node = node;
            this.byId = topology.elementsById();
            for (Link link : topology.links()) {
                if (link.kind() != LinkKind.LOAD_BALANCER) {
                    linksOf.computeIfAbsent(link.sourceId(), k -> new ArrayList<>()).add(link);
                    linksOf.computeIfAbsent(link.targetId(), k -> new ArrayList<>()).add(link);
                }
            }
        }

        TracePath map(Trace trace) {
            Optional<String> firstSwitch = trace.steps().stream().findFirst().map(step -> id(step.where()));
            Optional<String> lastSwitch = trace.steps().isEmpty() ? Optional.empty()
                    : Optional.of(id(trace.steps().get(trace.steps().size() - 1).where()));
            String start = trace.steps().isEmpty() ? ElementIds.host(node) : source(trace.steps().get(0))
                    .or(() -> firstSwitch.filter(id -> trace.steps().get(0).where().kind().isOvnSwitch())
                            .map(ElementIds::podGroup).filter(byId::containsKey))
                    .orElse(ElementIds.externalNetwork(node));
            List<Leg> legs = new ArrayList<>();
            String at = start;
            for (TraceStep step : trace.steps()) {
                String element = id(step.where());
                List<Crossing> crossings = new ArrayList<>();
                for (Hop via : step.via()) {
                    String through = id(via);
                    crossings.addAll(between(at, through));
                    at = through;
                }
                crossings.addAll(between(at, element));
                legs.add(new Leg(step.number(), element, crossings));
                at = element;
            }
            if (trace.delivered().isPresent()) {
                String element = folded(delivered(trace.delivered().get(), trace), lastSwitch);
                legs.add(new Leg(0, element, between(at, element)));
            }
            Optional<String> stop = trace.stop().map(s -> id(s.where())).filter(byId::containsKey)
                    .or(() -> trace.stop().map(s -> legs.isEmpty() ? start : legs.get(legs.size() - 1).element()));
            return new TracePath(start, legs, stop);
        }

        /**
         * A pod the picture folded into its switch's pod group is drawn as that group: the switch is the one the
         * packet enters from the pod or leaves to it.
         */
        private String folded(String element, Optional<String> besideSwitch) {
            if (byId.containsKey(element)) {
                return element;
            }
            return besideSwitch.map(ElementIds::podGroup).filter(byId::containsKey).orElse(element);
        }

        /**
         * The element the packet leaves from: the pod or the host that holds the first source. Empty for an
         * outside address, and for a pod the picture folded into its group (a packet that enters a switch from an
         * address no element holds comes from one of its pods).
         */
        private Optional<String> source(TraceStep first) {
            String address = first.src().address().toString();
            for (TopologyElement element : topology.elements()) {
                boolean holds = element.addresses().stream().anyMatch(a -> bare(a).equals(address));
                if (holds && (element.kind() == ElementKind.POD || element.kind() == ElementKind.HOST)) {
                    return Optional.of(element.id());
                }
            }
            return Optional.empty();
        }

        /**
         * Where the packet was delivered. A reply's delivered pod may not name its switch port; the element that
         * holds the packet's final destination address is then the pod.
         */
        private String delivered(Hop hop, Trace trace) {
            String named = id(hop);
            if (byId.containsKey(named) || (hop.kind() != HopKind.POD && hop.kind() != HopKind.MANAGEMENT_PORT)) {
                return named;
            }
            Optional<String> address = trace.finalDst().map(dst -> dst.address().toString());
            return topology.elements().stream()
                    .filter(e -> e.kind() == ElementKind.POD || e.kind() == ElementKind.MANAGEMENT_PORT)
                    .filter(e -> address.isPresent() && e.addresses().stream().anyMatch(a -> bare(a).equals(address.get())))
                    .map(TopologyElement::id).findFirst().orElse(named);
        }

        private static String bare(String address) {
            int slash = address.indexOf('/');
            return slash < 0 ? address : address.substring(0, slash);
        }

        private String id(Hop hop) {
            return switch (hop.kind()) {
                case NODE_SWITCH, JOIN_SWITCH, EXTERNAL_SWITCH, SWITCH -> ElementIds.logicalSwitch(hop.name());
                case CLUSTER_ROUTER, GATEWAY_ROUTER, ROUTER -> ElementIds.router(hop.name());
                case MANAGEMENT_PORT, POD -> ElementIds.switchPort(hop.port().isEmpty() ? hop.name() : hop.port());
                case BRIDGE -> ElementIds.bridge(hop.name());
                // A workload's OpenFlow port (an Antrea pod's) is not an element of the picture.
                case BRIDGE_PORT -> "bridge-port:" + hop.name();
                case UPLINK -> ElementIds.uplink(hop.name());
                case HOST_NETWORK, HOST -> ElementIds.host(node);
                case EXTERNAL -> ElementIds.externalNetwork(node);
            };
        }

        /** The fewest links from one element to another through ports only; none when they are not so joined. */
        private List<Crossing> between(String from, String to) {
            if (from.equals(to) || !byId.containsKey(from) || !byId.containsKey(to)) {
                return List.of();
            }
            Map<String, Link> reachedBy = new LinkedHashMap<>();
            Map<String, Integer> depth = new HashMap<>();
            Deque<String> queue = new ArrayDeque<>();
            queue.add(from);
            depth.put(from, 0);
            while (!queue.isEmpty()) {
                String current = queue.removeFirst();
                if (current.equals(to)) {
                    return crossings(from, to, reachedBy);
                }
                if (!current.equals(from) && !isPort(current)) {
                    continue;
                }
                if (depth.get(current) > MAX_PORTS_BETWEEN) {
                    continue;
                }
                for (Link link : linksOf.getOrDefault(current, List.of())) {
                    String next = link.sourceId().equals(current) ? link.targetId() : link.sourceId();
                    if (!depth.containsKey(next)) {
                        depth.put(next, depth.get(current) + 1);
                        reachedBy.put(next, link);
                        queue.addLast(next);
                    }
                }
            }
            return List.of();
        }

        private boolean isPort(String id) {
            ElementKind kind = byId.get(id).kind();
            return kind == ElementKind.ROUTER_PORT || kind == ElementKind.SWITCH_PORT;
        }

        private static List<Crossing> crossings(String from, String to, Map<String, Link> reachedBy) {
            Deque<Crossing> path = new ArrayDeque<>();
            String at = to;
            while (!at.equals(from)) {
                Link link = reachedBy.get(at);
                boolean forward = link.targetId().equals(at);
                path.addFirst(new Crossing(link.id(), forward));
                at = forward ? link.sourceId() : link.targetId();
            }
            return List.copyOf(path);
        }
    }
}
