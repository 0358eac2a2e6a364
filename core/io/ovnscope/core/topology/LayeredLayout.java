package io.ovnscope.core.topology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic layered layout of a topology (pure geometry, pixels at scale 1).
 *
 * <p>Layers come from {@link Layering}. A link that spans layers gets a waypoint in each layer it crosses, and
 * each waypoint holds a narrow slot of its own, so no box is ever placed where a link passes. Within a layer,
 * elements are ordered by lane (one per node, the shared elements in the middle) and then by the mean position
 * of their neighbours, sweeping down and up. Horizontal positions then pull each element towards its
 * neighbours' centre while keeping the order and the gaps (an isotonic regression per layer). Boxes are centred
 * in their layer's band; a link leaves its upper box straight down to the band's bottom, crosses the gap between
 * bands (where there are no boxes), passes its waypoints vertically and enters its lower box straight down, so
 * links never cross boxes.
 */
public final class LayeredLayout {
    public static final double MARGIN = 24;
    public static final double LAYER_GAP = 44;
    public static final double BOX_GAP = 18;
    public static final double LANE_GAP = 56;
    public static final double WAYPOINT_WIDTH = 6;
    public static final double WAYPOINT_GAP = 8;
    public static final double MIN_BOX_WIDTH = 56;
    private static final int SWEEPS = 3;

    private final Topology topology;
    private final List<Slot> slots = new ArrayList<>();
    private final List<List<Slot>> layers = new ArrayList<>();

    private LayeredLayout(Topology topology) {
        this.topology = topology;
    }

    public static Layout of(Topology topology) {
        return new LayeredLayout(topology).run();
    }

    /** The size of an element's box: its label in its kind's font, padded, in its shape. */
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
        Map<TopologyElement, Integer> index = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            index.put(elements.get(i), i);
        }
        List<Link> links = topology.links();
        List<int[]> neighbours = neighbours(elements, links, index);
        int[] layerOf = Layering.layers(elements, neighbours);
        Map<String, Double> laneRanks = laneRanks();
        for (int i = 0; i < elements.size(); i++) {
            TopologyElement element = elements.get(i);
            List<String> lines = LabelLines.of(element);
            double[] size = boxSize(element, lines);
            slots.add(new Slot(element, lines, size[0], size[1], layerOf[i],
                    laneRanks.getOrDefault(element.node(), sharedRank()), i));
        }
        int layerCount = slots.stream().mapToInt(s -> s.layer).max().orElse(-1) + 1;
        for (int l = 0; l < layerCount; l++) {
            layers.add(new ArrayList<>());
        }
        slots.forEach(s -> layers.get(s.layer).add(s));
        List<List<Slot>> chains = new ArrayList<>();
        for (Link link : links) {
            chains.add(chain(slots.get(index.get(topology.graph().getEdgeSource(link))),
                    slots.get(index.get(topology.graph().getEdgeTarget(link)))));
        }
        order();
        place();
        return result(links, chains);
    }

    private static List<int[]> neighbours(List<TopologyElement> elements, List<Link> links,
                                          Map<TopologyElement, Integer> index) {
        List<List<Integer>> lists = new ArrayList<>();
        elements.forEach(e -> lists.add(new ArrayList<>()));
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            byId.put(elements.get(i).id(), i);
        }
        for (Link link : links) {
            int a = byId.get(link.sourceId());
            int b = byId.get(link.targetId());
            lists.get(a).add(b);
            lists.get(b).add(a);
        }
        return lists.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private Map<String, Double> laneRanks() {
        Map<String, Double> ranks = new HashMap<>();
        for (int i = 0; i < topology.lanes().size(); i++) {
            ranks.put(topology.lanes().get(i), (double) i);
        }
        return ranks;
    }

    /** Shared elements sit between the middle lanes (after the only lane when there is one). */
    private double sharedRank() {
        return (topology.lanes().size() - 1) / 2 + 0.5;
    }

    /** The slots a link passes, upper end first, with a waypoint in each layer between its ends. */
    private List<Slot> chain(Slot a, Slot b) {
        Slot upper = a.layer <= b.layer ? a : b;
        Slot lower = upper == a ? b : a;
        List<Slot> chain = new ArrayList<>();
        chain.add(upper);
        Slot previous = upper;
        double lane = upper.element.node().isEmpty() ? lower.laneRank : upper.laneRank;
        for (int l = upper.layer + 1; l < lower.layer; l++) {
            Slot waypoint = new Slot(null, List.of(), WAYPOINT_WIDTH, 0, l, lane, upper.sequence);
            layers.get(l).add(waypoint);
            link(previous, waypoint);
            chain.add(waypoint);
            previous = waypoint;
        }
        link(previous, lower);
        chain.add(lower);
        return chain;
    }

    private static void link(Slot upper, Slot lower) {
        if (upper.layer == lower.layer) {
            return;
        }
        upper.down.add(lower);
        lower.up.add(upper);
    }

    private void order() {
        for (List<Slot> layer : layers) {
            layer.sort(Comparator.comparingDouble((Slot s) -> s.laneRank).thenComparingInt(s -> s.sequence));
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
            List<Slot> others = byUpper ? slot.up : slot.down;
            slot.key = others.isEmpty() ? slot.position : others.stream().mapToInt(s -> s.position).average()
                    .orElse(slot.position);
        }
        layer.sort(Comparator.comparingDouble((Slot s) -> s.laneRank).thenComparingDouble(s -> s.key)
                .thenComparingInt(s -> s.sequence));
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
        } else if (left.element == null || right.element == null) {
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
        double offset = 0;
        double[] offsets = new double[n];
        for (int i = 0; i < n; i++) {
            Slot slot = layer.get(i);
            if (i > 0) {
                offset += separation(layer.get(i - 1), slot);
            }
            offsets[i] = offset;
            List<Slot> others = byUpper ? slot.up : slot.down;
            double desired = others.isEmpty() ? slot.centerX
                    : others.stream().mapToDouble(s -> s.centerX).average().orElse(slot.centerX);
            target[i] = desired - offset;
        }
        double[] fitted = Isotonic.fit(target);
        for (int i = 0; i < n; i++) {
            layer.get(i).centerX = fitted[i] + offsets[i];
        }
    }

    private Layout result(List<Link> links, List<List<Slot>> chains) {
        double minX = Double.MAX_VALUE;
        double maxX = 0;
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
        double height = layers.isEmpty() ? 2 * MARGIN : y - LAYER_GAP + MARGIN;
        List<PlacedBox> boxes = new ArrayList<>();
        for (Slot slot : slots) {
            slot.top = bandTop[slot.layer] + (bandHeight[slot.layer] - slot.height) / 2;
            boxes.add(new PlacedBox(slot.element, slot.centerX - slot.width / 2, slot.top, slot.width, slot.height,
                    slot.lines));
        }
        List<EdgeRoute> routes = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            List<Slot> chain = chains.get(i);
            List<Point> points = route(chain, bandTop, bandHeight);
            if (chain.get(0).element != topology.graph().getEdgeSource(link)) {
                points = reversed(points);
            }
            routes.add(new EdgeRoute(link, points));
        }
        double width = slots.isEmpty() ? 2 * MARGIN : maxX - minX + 2 * MARGIN;
        return new Layout(topology, boxes, routes, width, height);
    }

    private static List<Point> route(List<Slot> chain, double[] bandTop, double[] bandHeight) {
        List<Point> points = new ArrayList<>();
        Slot upper = chain.get(0);
        Slot lower = chain.get(chain.size() - 1);
        add(points, upper.centerX, upper.top + upper.height);
        add(points, upper.centerX, bandTop[upper.layer] + bandHeight[upper.layer]);
        for (int i = 1; i < chain.size() - 1; i++) {
            Slot waypoint = chain.get(i);
            add(points, waypoint.centerX, bandTop[waypoint.layer]);
            add(points, waypoint.centerX, bandTop[waypoint.layer] + bandHeight[waypoint.layer]);
        }
        add(points, lower.centerX, bandTop[lower.layer]);
        add(points, lower.centerX, lower.top);
        return points;
    }

    private static void add(List<Point> points, double x, double y) {
        Point point = new Point(x, y);
        if (points.isEmpty() || !points.get(points.size() - 1).equals(point)) {
            points.add(point);
        }
    }

    private static List<Point> reversed(List<Point> points) {
        List<Point> copy = new ArrayList<>(points);
        Collections.reverse(copy);
        return copy;
    }

    /** An element's box or a link's waypoint in a layer, while the layout is being made. */
    private static final class Slot {
        final TopologyElement element;
        final List<String> lines;
        final double width;
        final double height;
        final int layer;
        final double laneRank;
        final int sequence;
        final List<Slot> up = new ArrayList<>();
        final List<Slot> down = new ArrayList<>();
        int position;
        double key;
        double centerX;
        double top;

        Slot(TopologyElement element, List<String> lines, double width, double height, int layer, double laneRank,
             int sequence) {
            this.element = element;
            this.lines = lines;
            this.width = width;
            this.height = height;
            this.layer = layer;
            this.laneRank = laneRank;
            this.sequence = sequence;
        }
    }
}
