package io.ovnscope.core.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deterministic layered layout of a topology (pure geometry, pixels at scale 1).
 *
 * <p>A router port and the port it peers are drawn side by side in one layer, joined by a short straight
 * line, so a router-to-switch hop takes one layer, not two. Layers come from {@link Layering}. A link that
 * spans layers gets a waypoint in each layer it crosses, and each waypoint holds a narrow slot of its own, so
 * no box is ever placed where a link passes. Within a layer, slots are ordered by lane (one per node, the
 * shared elements in the middle), load balancers and their links after the rest of their lane, then by the
 * mean position of their neighbours, sweeping down and up. Horizontal positions then pull each slot towards
 * its neighbours' centre while keeping the order and the gaps (a least-squares fit per layer). Boxes are
 * centred in their layer's band; a link leaves its upper box straight down to the band's bottom, crosses the
 * gap between bands (where there are no boxes), passes its waypoints vertically and enters its lower box
 * straight down, so links never cross boxes.
 */
public final class LayeredLayout {
    public static final double MARGIN = 24;
    public static final double LAYER_GAP = 44;
    public static final double BOX_GAP = 18;
    public static final double SIDE_GAP = 40;
    public static final double LANE_GAP = 64;
    public static final double PEER_GAP = 28;
    public static final double WAYPOINT_WIDTH = 6;
    public static final double WAYPOINT_GAP = 8;
    public static final double MIN_BOX_WIDTH = 56;
    private static final int SWEEPS = 4;
    private static final double CHAIN_WEIGHT = 50;
    private static final double SIDE_PULL = 0.1;

    private final Topology topology;
    private final List<LayoutMember> members = new ArrayList<>();
    private final List<LayoutSlot> slots = new ArrayList<>();
    private final List<List<LayoutSlot>> layers = new ArrayList<>();

    private LayeredLayout(Topology topology) {
        this.topology = topology;
    }

    public static Layout of(Topology topology) {
        return new LayeredLayout(topology).run();
    }

    /** The width and height of an element's box: its label in its kind's font, padded, in its shape. */
    public static double[] boxSize(TopologyElement element, List<String> lines) {
        KindStyle style = TopologyStyle.of(element.kind());
        double textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, TopologyStyle.textWidth(element.kind(), line));
        }
        double blockWidth = textWidth + 2 * TopologyStyle.PADDING_X;
        double blockHeight = lines.size() * TopologyStyle.lineHeight(element.kind()) + 2 * TopologyStyle.PADDING_Y;
        double width = Math.max(MIN_BOX_WIDTH, Shapes.boxWidth(style.shape(), blockWidth, blockHeight));
        return new double[] {Math.ceil(width), Math.ceil(Shapes.boxHeight(style.shape(), blockHeight))};
    }

    private Layout run() {
        List<TopologyElement> elements = topology.elements();
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            byId.put(elements.get(i).id(), i);
            List<String> lines = LabelLines.of(elements.get(i));
            double[] size = boxSize(elements.get(i), lines);
            members.add(new LayoutMember(elements.get(i), lines, size[0], size[1]));
        }
        List<Link> links = topology.links();
        int[] group = peerGroups(elements, links, byId);
        buildSlots(elements, group);
        List<int[]> neighbours = slotNeighbours(links, byId);
        int[] layerOf = Layering.layers(slots.stream().map(s -> s.members.get(0).element).toList(), neighbours);
        int layerCount = 0;
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).layer = layerOf[i];
            layerCount = Math.max(layerCount, layerOf[i] + 1);
        }
        for (int l = 0; l < layerCount; l++) {
            layers.add(new ArrayList<>());
        }
        slots.forEach(s -> layers.get(s.layer).add(s));
        List<List<LayoutSlot>> chains = new ArrayList<>();
        for (Link link : links) {
            chains.add(chain(members.get(byId.get(link.sourceId())), members.get(byId.get(link.targetId())),
                    aside(link, byId)));
        }
        order();
        place();
        chains.forEach(this::straighten);
        return result(links, chains, byId);
    }

    /** Two ports that peer only each other share a slot; every other element has one of its own. */
    private static int[] peerGroups(List<TopologyElement> elements, List<Link> links, Map<String, Integer> byId) {
        int[] group = new int[elements.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = i;
        }
        int[] peers = new int[elements.size()];
        for (Link link : links) {
            if (portPeering(link, elements, byId)) {
                peers[byId.get(link.sourceId())]++;
                peers[byId.get(link.targetId())]++;
            }
        }
        for (Link link : links) {
            int a = byId.get(link.sourceId());
            int b = byId.get(link.targetId());
            // Only a port with a single peer forms a pair; a third port in the row would sit on the pair's line.
            if (portPeering(link, elements, byId) && peers[a] == 1 && peers[b] == 1) {
                group[Math.max(a, b)] = Math.min(a, b);
            }
        }
        return group;
    }

    private static boolean portPeering(Link link, List<TopologyElement> elements, Map<String, Integer> byId) {
        return link.kind() == LinkKind.PEER && isPort(elements.get(byId.get(link.sourceId())))
                && isPort(elements.get(byId.get(link.targetId())));
    }

    private static boolean isPort(TopologyElement element) {
        return element.kind() == ElementKind.ROUTER_PORT || element.kind() == ElementKind.SWITCH_PORT;
    }

    private void buildSlots(List<TopologyElement> elements, int[] group) {
        Map<Integer, LayoutSlot> byRoot = new HashMap<>();
        double sharedRank = topology.lanes().size() <= 1 ? 0 : (topology.lanes().size() - 1) / 2 + 0.5;
        Map<String, Double> laneRanks = new HashMap<>();
        for (int i = 0; i < topology.lanes().size(); i++) {
            laneRanks.put(topology.lanes().get(i), (double) i);
        }
        for (int i = 0; i < elements.size(); i++) {
            LayoutMember member = members.get(i);
            LayoutSlot slot = byRoot.get(group[i]);
            if (slot == null) {
                TopologyElement element = elements.get(i);
                slot = new LayoutSlot(laneRanks.getOrDefault(element.node(), sharedRank), i,
                        element.kind() == ElementKind.LOAD_BALANCER);
                byRoot.put(group[i], slot);
                slots.add(slot);
            }
            member.slot = slot;
            member.offset = slot.members.isEmpty() ? 0 : slot.width + PEER_GAP;
            slot.width = member.offset + member.width;
            slot.height = Math.max(slot.height, member.height);
            slot.members.add(member);
        }
    }

    private List<int[]> slotNeighbours(List<Link> links, Map<String, Integer> byId) {
        Map<LayoutSlot, Integer> slotIndex = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            slotIndex.put(slots.get(i), i);
        }
        List<Set<Integer>> sets = new ArrayList<>();
        slots.forEach(s -> sets.add(new LinkedHashSet<>()));
        for (Link link : links) {
            int a = slotIndex.get(members.get(byId.get(link.sourceId())).slot);
            int b = slotIndex.get(members.get(byId.get(link.targetId())).slot);
            if (a != b && !shortcut(link, byId)) {
                sets.get(a).add(b);
                sets.get(b).add(a);
            }
        }
        return sets.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /** Links drawn beside the main chain: load balancers', and the host's shortcut to its management port. */
    private boolean aside(Link link, Map<String, Integer> byId) {
        return link.kind() == LinkKind.LOAD_BALANCER || shortcut(link, byId);
    }

    /**
     * The host's wire to its management port joins the top of the picture to the bottom; layered like any other
     * link it would pull the host down among the pods, so layers are made without it.
     */
    private boolean shortcut(Link link, Map<String, Integer> byId) {
        return link.kind() == LinkKind.WIRE
                && (members.get(byId.get(link.sourceId())).element.kind() == ElementKind.MANAGEMENT_PORT
                || members.get(byId.get(link.targetId())).element.kind() == ElementKind.MANAGEMENT_PORT);
    }

    /** The slots a link passes, upper end first, with a waypoint in each layer between its ends. */
    private List<LayoutSlot> chain(LayoutMember a, LayoutMember b, boolean side) {
        LayoutMember upperMember = a.slot.layer <= b.slot.layer ? a : b;
        LayoutSlot upper = upperMember.slot;
        LayoutSlot lower = upperMember == a ? b.slot : a.slot;
        List<LayoutSlot> chain = new ArrayList<>();
        chain.add(upper);
        if (upper == lower) {
            return chain;
        }
        LayoutMember lowerMember = upperMember == a ? b : a;
        LayoutSlot previous = upper;
        double previousDx = upperMember.centerOffset();
        double lane = upperMember.element.node().isEmpty() ? lower.laneRank : upper.laneRank;
        for (int l = upper.layer + 1; l < lower.layer; l++) {
            LayoutSlot waypoint = new LayoutSlot(lane, upper.sequence, side);
            waypoint.width = WAYPOINT_WIDTH;
            waypoint.layer = l;
            layers.get(l).add(waypoint);
            connect(previous, previousDx, waypoint, 0);
            chain.add(waypoint);
            previous = waypoint;
            previousDx = 0;
        }
        if (upper.layer < lower.layer) {
            connect(previous, previousDx, lower, lowerMember.centerOffset());
        }
        chain.add(lower);
        return chain;
    }

    private static void connect(LayoutSlot upper, double upperDx, LayoutSlot lower, double lowerDx) {
        upper.down.add(new SlotLink(lower, upperDx, lowerDx));
        lower.up.add(new SlotLink(upper, lowerDx, upperDx));
    }

    private void order() {
        for (List<LayoutSlot> layer : layers) {
            layer.sort(Comparator.comparingDouble((LayoutSlot s) -> s.laneRank).thenComparing(s -> s.side)
                    .thenComparingInt(s -> s.sequence));
            number(layer);
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int l = 1; l < layers.size(); l++) {
                reorder(layers.get(l), true);
            }
            for (int l = layers.size() - 2; l >= 0; l--) {
                reorder(layers.get(l), false);
            }
        }
    }

    private static void reorder(List<LayoutSlot> layer, boolean byUpper) {
        for (LayoutSlot slot : layer) {
            List<SlotLink> others = byUpper ? slot.up : slot.down;
            slot.key = others.isEmpty() ? slot.position
                    : others.stream().mapToInt(a -> a.other().position).average().orElse(slot.position);
        }
        layer.sort(Comparator.comparingDouble((LayoutSlot s) -> s.laneRank).thenComparing(s -> s.side)
                .thenComparingDouble(s -> s.key).thenComparingInt(s -> s.sequence));
        number(layer);
    }

    private static void number(List<LayoutSlot> layer) {
        for (int i = 0; i < layer.size(); i++) {
            layer.get(i).position = i;
        }
    }

    private void place() {
        for (List<LayoutSlot> layer : layers) {
            double x = 0;
            for (int i = 0; i < layer.size(); i++) {
                x += i == 0 ? layer.get(0).width / 2 : separation(layer.get(i - 1), layer.get(i));
                layer.get(i).centerX = x;
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int l = 1; l < layers.size(); l++) {
                pull(layers.get(l), true);
            }
            for (int l = layers.size() - 2; l >= 0; l--) {
                pull(layers.get(l), false);
            }
        }
    }

    /**
     * Puts a long link's waypoints on one vertical line where the neighbours in every layer leave room: under
     * its upper end, over its lower end, or at their median, first that fits. Order within layers is kept, so
     * nothing starts overlapping.
     */
    private void straighten(List<LayoutSlot> chain) {
        if (chain.size() < 3) {
            return;
        }
        List<LayoutSlot> waypoints = chain.subList(1, chain.size() - 1);
        double[] xs = waypoints.stream().mapToDouble(w -> w.centerX).sorted().toArray();
        SlotLink fromUpper = waypoints.get(0).up.get(0);
        SlotLink toLower = waypoints.get(waypoints.size() - 1).down.get(0);
        double[] candidates = {fromUpper.other().centerX + fromUpper.otherDx(),
            toLower.other().centerX + toLower.otherDx(),
            xs[xs.length / 2]};
        for (double x : candidates) {
            if (waypoints.stream().allMatch(w -> fits(w, x))) {
                waypoints.forEach(w -> w.centerX = x);
                return;
            }
        }
    }

    private boolean fits(LayoutSlot waypoint, double x) {
        List<LayoutSlot> layer = layers.get(waypoint.layer);
        int at = waypoint.position;
        boolean leftFree = at == 0
                || layer.get(at - 1).centerX + separation(layer.get(at - 1), waypoint) <= x + 1e-9;
        boolean rightFree = at == layer.size() - 1
                || x + separation(waypoint, layer.get(at + 1)) <= layer.get(at + 1).centerX + 1e-9;
        return leftFree && rightFree;
    }

    private static double separation(LayoutSlot left, LayoutSlot right) {
        double gap;
        if (left.laneRank != right.laneRank) {
            gap = LANE_GAP;
        } else if (left.side != right.side) {
            gap = SIDE_GAP;
        } else if (left.members.isEmpty() || right.members.isEmpty()) {
            gap = WAYPOINT_GAP;
        } else {
            gap = BOX_GAP;
        }
        return left.width / 2 + gap + right.width / 2;
    }

    /** Moves a layer's slots towards their neighbours' mean centre, keeping order and gaps (least squares). */
    private static void pull(List<LayoutSlot> layer, boolean byUpper) {
        int n = layer.size();
        double[] target = new double[n];
        double[] weights = new double[n];
        double[] offsets = new double[n];
        double offset = 0;
        for (int i = 0; i < n; i++) {
            LayoutSlot slot = layer.get(i);
            if (i > 0) {
                offset += separation(layer.get(i - 1), slot);
            }
            offsets[i] = offset;
            target[i] = desired(slot, byUpper ? slot.up : slot.down) - offset;
            // The main chain holds its line; load balancers and waypoints make room around it.
            weights[i] = slot.side || slot.members.isEmpty() ? 1 : CHAIN_WEIGHT;
        }
        double[] fitted = Isotonic.fit(target, weights);
        for (int i = 0; i < n; i++) {
            layer.get(i).centerX = fitted[i] + offsets[i];
        }
    }

    /**
     * Where the slot's centre would put its linked members right above or below their neighbours; the main
     * chain's neighbours count more than load balancers' so the chain stays straight.
     */
    private static double desired(LayoutSlot slot, List<SlotLink> others) {
        double sum = 0;
        double weight = 0;
        for (SlotLink attachment : others) {
            double w = attachment.other().side && !slot.side ? SIDE_PULL : 1;
            sum += w * (attachment.other().centerX + attachment.otherDx() - attachment.ownDx());
            weight += w;
        }
        return weight == 0 ? slot.centerX : sum / weight;
    }

    private Layout result(List<Link> links, List<List<LayoutSlot>> chains, Map<String, Integer> byId) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (List<LayoutSlot> layer : layers) {
            for (LayoutSlot slot : layer) {
                minX = Math.min(minX, slot.centerX - slot.width / 2);
                maxX = Math.max(maxX, slot.centerX + slot.width / 2);
            }
        }
        double shift = slots.isEmpty() ? 0 : MARGIN - minX;
        layers.forEach(layer -> layer.forEach(slot -> slot.centerX += shift));
        double[] bandTop = new double[layers.size()];
        double[] bandHeight = new double[layers.size()];
        double y = MARGIN;
        for (int l = 0; l < layers.size(); l++) {
            bandTop[l] = y;
            bandHeight[l] = layers.get(l).stream().mapToDouble(s -> s.height).max().orElse(0);
            y += bandHeight[l] + LAYER_GAP;
        }
        List<PlacedBox> boxes = new ArrayList<>();
        for (LayoutMember member : members) {
            LayoutSlot slot = member.slot;
            member.box = new PlacedBox(member.element, slot.centerX - slot.width / 2 + member.offset,
                    bandTop[slot.layer] + (bandHeight[slot.layer] - member.height) / 2, member.width,
                    member.height, member.lines);
            boxes.add(member.box);
        }
        List<EdgeRoute> routes = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            LayoutMember source = members.get(byId.get(link.sourceId()));
            LayoutMember target = members.get(byId.get(link.targetId()));
            routes.add(new EdgeRoute(link, EdgeRouting.route(source, target, chains.get(i), bandTop, bandHeight,
                    LAYER_GAP)));
        }
        double width = slots.isEmpty() ? 2 * MARGIN : maxX - minX + 2 * MARGIN;
        double height = layers.isEmpty() ? 2 * MARGIN : y - LAYER_GAP + MARGIN;
        return new Layout(topology, boxes, routes, width, height);
    }

}
