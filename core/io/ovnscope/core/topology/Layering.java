package io.ovnscope.core.topology;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts each element in a layer, top (0) to bottom, the way seed 004 draws a node: the external network on
 * top, pods at the bottom. An element's height is its distance from the nearest endpoint (pod, pod group,
 * management port, bare VIF port), so the chain from the pods up through the switch, routers and join to the
 * gateway router and the external side comes out in that order whatever the devices are called. A part
 * without endpoints hangs from the top: from its external network, or else from its first element. Layers come from the
 * longest path, so every link goes down at least one layer. Load balancers are placed after, in a layer
 * between their holders (see {@link #balancerLayer}) and never in a holder's layer, so their links do not pull
 * the chain apart.
 */
final class Layering {
    private Layering() {
    }

    /**
     * @param elements  the elements, in the graph's order
     * @param neighbours for each element, the indexes of the elements it is linked to
     * @return each element's layer
     */
    static int[] layers(List<TopologyElement> elements, List<int[]> neighbours) {
        int n = elements.size();
        boolean[] balancer = new boolean[n];
        for (int i = 0; i < n; i++) {
            balancer[i] = elements.get(i).kind() == ElementKind.LOAD_BALANCER;
        }
        List<List<Integer>> hanging = new ArrayList<>();
        int[] height = heights(elements, neighbours, balancer, hanging);
        int[] rank = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Lower first; among equals the later element is lower, which makes the orientation acyclic.
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> height[i]).thenComparing(i -> -i));
        int maxRank = 0;
        for (int v : order) {
            if (balancer[v]) {
                continue;
            }
            for (int u : neighbours.get(v)) {
                if (!balancer[u] && below(u, v, height)) {
                    rank[v] = Math.max(rank[v], rank[u] + 1);
                }
            }
            maxRank = Math.max(maxRank, rank[v]);
        }
        int[] layer = new int[n];
        for (int i = 0; i < n; i++) {
            layer[i] = maxRank - rank[i];
        }
        // Parts without pods start at the top, where their external network belongs, not among the pods.
        for (List<Integer> part : hanging) {
            int top = part.stream().mapToInt(i -> layer[i]).min().orElse(0);
            part.forEach(i -> layer[i] -= top);
        }
        Map<String, Integer> sameSpan = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (balancer[i]) {
                layer[i] = balancerLayer(neighbours.get(i), layer, sameSpan);
            }
        }
        return layer;
    }

    static boolean below(int u, int v, int[] height) {
        return height[u] < height[v] || (height[u] == height[v] && u > v);
    }

    /**
     * One layer below the highest holder, or, when the holders are further apart, the layers between them in
     * turn, so that balancers of the same holders stack into a column beside the chain instead of a wide row.
     */
    private static int balancerLayer(int[] holders, int[] layer, Map<String, Integer> sameSpan) {
        if (holders.length == 0) {
            return 0;
        }
        int top = Arrays.stream(holders).map(h -> layer[h]).min().getAsInt();
        int bottom = Arrays.stream(holders).map(h -> layer[h]).max().getAsInt();
        List<Integer> free = new ArrayList<>();
        for (int l = top + 1; l < bottom; l++) {
            if (!holds(holders, layer, l)) {
                free.add(l);
            }
        }
        if (free.isEmpty()) {
            int candidate = top + 1;
            while (holds(holders, layer, candidate)) {
                candidate++;
            }
            return candidate;
        }
        int turn = sameSpan.merge(top + ":" + bottom, 1, Integer::sum) - 1;
        return free.get(turn % free.size());
    }

    private static boolean holds(int[] holders, int[] layer, int candidate) {
        for (int h : holders) {
            if (layer[h] == candidate) {
                return true;
            }
        }
        return false;
    }

    /**
     * Distance from the nearest endpoint, per part of the graph; load balancers are left out (0). Parts without
     * endpoints are added to {@code hanging}.
     */
    private static int[] heights(List<TopologyElement> elements, List<int[]> neighbours, boolean[] balancer,
                                 List<List<Integer>> hanging) {
        int n = elements.size();
        int[] height = new int[n];
        int[] part = new int[n];
        Arrays.fill(part, -1);
        for (int start = 0; start < n; start++) {
            if (balancer[start] || part[start] >= 0) {
                continue;
            }
            List<Integer> members = collectPart(start, neighbours, balancer, part);
            List<Integer> bottoms = members.stream().filter(i -> endpoint(elements.get(i))).toList();
            if (!bottoms.isEmpty()) {
                int[] distance = distances(bottoms, neighbours, balancer, n);
                members.forEach(i -> height[i] = distance[i]);
                continue;
            }
            List<Integer> tops = members.stream()
                    .filter(i -> elements.get(i).kind() == ElementKind.EXTERNAL_NETWORK).toList();
            int[] distance = distances(tops.isEmpty() ? List.of(start) : tops, neighbours, balancer, n);
            int deepest = members.stream().mapToInt(i -> distance[i]).max().orElse(0);
            members.forEach(i -> height[i] = deepest - distance[i]);
            hanging.add(members);
        }
        return height;
    }

    private static boolean endpoint(TopologyElement element) {
        return switch (element.kind()) {
            case POD, POD_GROUP, MANAGEMENT_PORT -> true;
            case SWITCH_PORT -> ((SwitchPortElement) element).type().isEmpty();
            default -> false;
        };
    }

    private static List<Integer> collectPart(int start, List<int[]> neighbours, boolean[] balancer, int[] part) {
        List<Integer> members = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        part[start] = start;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            members.add(v);
            for (int u : neighbours.get(v)) {
                if (!balancer[u] && part[u] < 0) {
                    part[u] = start;
                    queue.add(u);
                }
            }
        }
        return members;
    }

    private static int[] distances(List<Integer> sources, List<int[]> neighbours, boolean[] balancer, int n) {
        int[] distance = new int[n];
        Arrays.fill(distance, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : sources) {
            distance[s] = 0;
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int u : neighbours.get(v)) {
                if (!balancer[u] && distance[u] < 0) {
                    distance[u] = distance[v] + 1;
                    queue.add(u);
                }
            }
        }
        return distance;
    }
}
