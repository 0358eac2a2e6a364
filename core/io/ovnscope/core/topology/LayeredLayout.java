package io.ovnscope.core.topology;

import java.util.ArrayList;
import java.util.Collections;
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
    private final List<Member> members = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private final List<List<Slot>> layers = new ArrayList<>();

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
            members.add(new Member(elements.get(i), lines, size[0], size[1]));
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
        List<List<Slot>> chains = new ArrayList<>();
        for (Link link : links) {
            chains.add(chain(members.get(byId.get(link.sourceId())), members.get(byId.get(link.targetId())),
                    link.kind() == LinkKind.LOAD_BALANCER));
        }
        order();
        place();
        return result(links, chains, byId);
    }

    /** Ports joined by a PEER link share a slot; every other element has one of its own. */
    private static int[] peerGroups(List<TopologyElement> elements, List<Link> links, Map<String, Integer> byId) {
        int[] parent = new int[elements.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (Link link : links) {
            int a = byId.get(link.sourceId());
            int b = byId.get(link.targetId());
            if (link.kind() == LinkKind.PEER && isPort(elements.get(a)) && isPort(elements.get(b))) {
                int ra = root(parent, a);
                int rb = root(parent, b);
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
        for (int i = 0; i < parent.length; i++) {
            parent[i] = root(parent, i);
        }
        return parent;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static boolean isPort(TopologyElement element) {
        return element.kind() == ElementKind.ROUTER_PORT || element.kind() == ElementKind.SWITCH_PORT;
    }

    private void buildSlots(List<TopologyElement> elements, int[] group) {
        Map<Integer, Slot> byRoot = new HashMap<>();
        double sharedRank = topology.lanes().size() <= 1 ? 0 : (topology.lanes().size() - 1) / 2 + 0.5;
        Map<String, Double> laneRanks = new HashMap<>();
        for (int i = 0; i < topology.lanes().size(); i++) {
            laneRanks.put(topology.lanes().get(i), (double) i);
        }
        for (int i = 0; i < elements.size(); i++) {
            Member member = members.get(i);
            Slot slot = byRoot.get(group[i]);
            if (slot == null) {
                TopologyElement element = elements.get(i);
                slot = new Slot(laneRanks.getOrDefault(element.node(), sharedRank), i,
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
        Map<Slot, Integer> slotIndex = new HashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            slotIndex.put(slots.get(i), i);
        }
        List<Set<Integer>> sets = new ArrayList<>();
        slots.forEach(s -> sets.add(new LinkedHashSet<>()));
        for (Link link : links) {
            int a = slotIndex.get(members.get(byId.get(link.sourceId())).slot);
            int b = slotIndex.get(members.get(byId.get(link.targetId())).slot);
            if (a != b) {
                sets.get(a).add(b);
                sets.get(b).add(a);
            }
        }
        return sets.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    /** The slots a link passes, upper end first, with a waypoint in each layer between its ends. */
    private List<Slot> chain(Member a, Member b, boolean side) {
        Member upperMember = a.slot.layer <= b.slot.layer ? a : b;
        Slot upper = upperMember.slot;
        Slot lower = upperMember == a ? b.slot : a.slot;
        List<Slot> chain = new ArrayList<>();
        chain.add(upper);
        if (upper == lower) {
            return chain;
        }
        Member lowerMember = upperMember == a ? b : a;
        Slot previous = upper;
        double previousDx = upperMember.centerOffset();
        double lane = upperMember.element.node().isEmpty() ? lower.laneRank : upper.laneRank;
        for (int l = upper.layer + 1; l < lower.layer; l++) {
            Slot waypoint = new Slot(lane, upper.sequence, side);
            waypoint.width = WAYPOINT_WIDTH;
            waypoint.layer = l;
            layers.get(l).add(waypoint);
            connect(previous, previousDx, waypoint, 0);
            chain.add(waypoint);
            previous = waypoint;
            previousDx = 0;
        }
        connect(previous, previousDx, lower, lowerMember.centerOffset());
        chain.add(lower);
        return chain;
    }

    private static void connect(Slot upper, double upperDx, Slot lower, double lowerDx) {
        upper.down.add(new Attachment(lower, upperDx, lowerDx));
        lower.up.add(new Attachment(upper, lowerDx, upperDx));
    }

    private void order() {
        for (List<Slot> layer : layers) {
            layer.sort(Comparator.comparingDouble((Slot s) -> s.laneRank).thenComparing(s -> s.side)
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

    private static void reorder(List<Slot> layer, boolean byUpper) {
        for (Slot slot : layer) {
            List<Attachment> others = byUpper ? slot.up : slot.down;
            slot.key = others.isEmpty() ? slot.position
                    : others.stream().mapToInt(a -> a.other.position).average().orElse(slot.position);
        }
        layer.sort(Comparator.comparingDouble((Slot s) -> s.laneRank).thenComparing(s -> s.side)
                .thenComparingDouble(s -> s.key).thenComparingInt(s -> s.sequence));
        number(layer);
    }

    private static void number(List<Slot> layer) {
        for (int i = 0; i < layer.size(); i++) {
            layer.get(i).position = i;
        }
    }

    private void place() {
        for (List<Slot> layer : layers) {
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

    private static double separation(Slot left, Slot right) {
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
    private static void pull(List<Slot> layer, boolean byUpper) {
        int n = layer.size();
        double[] target = new double[n];
        double[] weights = new double[n];
        double[] offsets = new double[n];
        double offset = 0;
        for (int i = 0; i < n; i++) {
            Slot slot = layer.get(i);
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
    private static double desired(Slot slot, List<Attachment> others) {
        double sum = 0;
        double weight = 0;
        for (Attachment attachment : others) {
            double w = attachment.other.side && !slot.side ? SIDE_PULL : 1;
            sum += w * (attachment.other.centerX + attachment.otherDx - attachment.ownDx);
            weight += w;
        }
        return weight == 0 ? slot.centerX : sum / weight;
    }

    private Layout result(List<Link> links, List<List<Slot>> chains, Map<String, Integer> byId) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (List<Slot> layer : layers) {
            for (Slot slot : layer) {
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
        for (Member member : members) {
            Slot slot = member.slot;
            member.box = new PlacedBox(member.element, slot.centerX - slot.width / 2 + member.offset,
                    bandTop[slot.layer] + (bandHeight[slot.layer] - member.height) / 2, member.width,
                    member.height, member.lines);
            boxes.add(member.box);
        }
        List<EdgeRoute> routes = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            Member source = members.get(byId.get(link.sourceId()));
            Member target = members.get(byId.get(link.targetId()));
            routes.add(new EdgeRoute(link, route(source, target, chains.get(i), bandTop, bandHeight)));
        }
        double width = slots.isEmpty() ? 2 * MARGIN : maxX - minX + 2 * MARGIN;
        double height = layers.isEmpty() ? 2 * MARGIN : y - LAYER_GAP + MARGIN;
        return new Layout(topology, boxes, routes, width, height);
    }

    private static List<Point> route(Member source, Member target, List<Slot> chain, double[] bandTop,
                                     double[] bandHeight) {
        List<Point> points = new ArrayList<>();
        if (chain.size() == 1) {
            PlacedBox from = source.box;
            PlacedBox to = target.box;
            double y = Math.max(from.y(), to.y()) + Math.min(from.height(), to.height()) / 2;
            add(points, from.x() < to.x() ? from.right() : from.x(), y);
            add(points, from.x() < to.x() ? to.x() : to.right(), y);
            return points;
        }
        boolean downwards = source.slot == chain.get(0);
        PlacedBox upper = downwards ? source.box : target.box;
        PlacedBox lower = downwards ? target.box : source.box;
        Slot upperSlot = chain.get(0);
        Slot lowerSlot = chain.get(chain.size() - 1);
        add(points, upper.centerX(), upper.bottom());
        add(points, upper.centerX(), bandTop[upperSlot.layer] + bandHeight[upperSlot.layer]);
        for (int i = 1; i < chain.size() - 1; i++) {
            Slot waypoint = chain.get(i);
            add(points, waypoint.centerX, bandTop[waypoint.layer]);
            add(points, waypoint.centerX, bandTop[waypoint.layer] + bandHeight[waypoint.layer]);
        }
        add(points, lower.centerX(), bandTop[lowerSlot.layer]);
        add(points, lower.centerX(), lower.y());
        if (!downwards) {
            Collections.reverse(points);
        }
        return points;
    }

    private static void add(List<Point> points, double x, double y) {
        Point point = new Point(x, y);
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
    }

    /** An element while the layout is made: its label, size, slot and place in the slot. */
    private static final class Member {
        final TopologyElement element;
        final List<String> lines;
        final double width;
        final double height;
        Slot slot;
        double offset;
        PlacedBox box;

        Member(TopologyElement element, List<String> lines, double width, double height) {
            this.element = element;
            this.lines = lines;
            this.width = width;
            this.height = height;
        }

        /** The member's centre relative to its slot's centre (0 for a slot of one). */
        double centerOffset() {
            return offset + width / 2 - slot.width / 2;
        }
    }

    /** A link between slots of adjacent layers, with where it meets each slot relative to its centre. */
    private record Attachment(Slot other, double ownDx, double otherDx) {
    }

    /** A place in a layer: one element, a peered pair of ports side by side, or a link's waypoint (no members). */
    private static final class Slot {
        final double laneRank;
        final int sequence;
        final boolean side;
        final List<Member> members = new ArrayList<>();
        final List<Attachment> up = new ArrayList<>();
        final List<Attachment> down = new ArrayList<>();
        double width;
        double height;
        int layer;
        int position;
        double key;
        double centerX;

        Slot(double laneRank, int sequence, boolean side) {
            this.laneRank = laneRank;
            this.sequence = sequence;
            this.side = side;
        }
    }
}
