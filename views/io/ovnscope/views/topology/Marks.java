package io.ovnscope.views.topology;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What stands out in the picture besides the elements themselves: the selection, the search's hits, a traced
 * path, one marked element and a token on an edge. The SVG export draws the same marks.
 *
 * @param path  element and edge ids of a traced path, in order
 * @param token an edge and how far along it (0 to 1) a packet is
 */
public record Marks(Optional<String> selected, Set<String> found, List<String> path, Optional<String> marked,
                    Optional<Token> token) {
    public static final Marks NONE = new Marks(Optional.empty(), Set.of(), List.of(), Optional.empty(),
            Optional.empty());

    public Marks {
        found = Set.copyOf(found);
        path = List.copyOf(path);
    }

    /** A packet's place on an edge. */
    public record Token(String wire, double along) {
    }

    public Marks withSelected(Optional<String> id) {
        return new Marks(id, found, path, marked, token);
    }

    public Marks withFound(Set<String> ids) {
        return new Marks(selected, ids, path, marked, token);
    }

    public Marks withPath(List<String> ids) {
        return new Marks(selected, found, ids, marked, token);
    }

    public Marks withMarked(Optional<String> id) {
        return new Marks(selected, found, path, id, token);
    }

    public Marks withToken(Optional<Token> at) {
        return new Marks(selected, found, path, marked, at);
    }

    public boolean onPath(String id) {
        return path.contains(id);
    }

    /** An edge is on the path when named in it, or when its two ends follow each other in it, either way. */
    public boolean onPath(DrawnWire wire) {
        if (path.contains(wire.id())) {
            return true;
        }
        for (int i = 1; i < path.size(); i++) {
            String a = path.get(i - 1);
            String b = path.get(i);
            if (a.equals(wire.from()) && b.equals(wire.to()) || b.equals(wire.from()) && a.equals(wire.to())) {
                return true;
            }
        }
        return false;
    }
}
