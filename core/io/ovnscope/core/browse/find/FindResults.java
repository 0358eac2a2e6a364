package io.ovnscope.core.browse.find;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a find turned up, grouped by kind. Each group keeps at most {@link SnapshotSearch#PER_KIND} hits; the
 * count says how many there were in all.
 */
public record FindResults(String query, List<FindHit> hits, Map<FindKind, Integer> counts) {
    public FindResults {
        hits = List.copyOf(hits);
        counts = Map.copyOf(counts);
    }

    public static FindResults empty(String query) {
        return new FindResults(query, List.of(), new EnumMap<>(FindKind.class));
    }

    public List<FindHit> of(FindKind kind) {
        return hits.stream().filter(h -> h.kind() == kind).toList();
    }

    /** How many hits of the kind there were, kept or not. */
    public int count(FindKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
