package io.ovnscope.views.topology;

import io.ovnscope.core.topology.EdgeRoute;
import io.ovnscope.core.topology.ElementKind;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.core.topology.Link;
import io.ovnscope.core.topology.PlacedBox;
import io.ovnscope.core.topology.PodGroupElement;
import io.ovnscope.core.topology.Topology;
import io.ovnscope.core.topology.TopologyElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/** Turns the core's layout into what the canvas paints: boxes with their looks, subjects and search terms. */
final class DrawingFactory {
    private final Looks looks;

    DrawingFactory(Looks looks) {
        this.looks = looks;
    }

    Drawing of(Layout layout, SubjectIndex subjects) {
        Topology topology = layout.topology();
        List<DrawnBox> boxes = new ArrayList<>(layout.boxes().size());
        for (PlacedBox placed : layout.boxes()) {
            TopologyElement element = placed.element();
            boxes.add(new DrawnBox(placed, new Rectangle2D(placed.x(), placed.y(), placed.width(), placed.height()),
                    looks.of(element.kind()), placed.labelLines(), element.source().flatMap(subjects::of),
                    terms(element), foldKey(element, topology)));
        }
        List<DrawnWire> wires = new ArrayList<>(layout.edges().size());
        for (EdgeRoute route : layout.edges()) {
            if (route.points().size() < 2) {
                continue;
            }
            double[] xs = new double[route.points().size()];
            double[] ys = new double[xs.length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = route.points().get(i).x();
                ys[i] = route.points().get(i).y();
            }
            Link link = route.link();
            wires.add(DrawnWire.of(link.id(), link.sourceId(), link.targetId(), xs, ys, looks.of(link.kind())));
        }
        return new Drawing(new Rectangle2D(0, 0, Math.max(1, layout.width()), Math.max(1, layout.height())),
                boxes, wires);
    }

    /**
     * The name, the OVN name the id carries (a pod's port {@code default_pod-1} beside its name
     * {@code default/pod-1}), and each address with and without its prefix length; lower case.
     */
    static List<String> terms(TopologyElement element) {
        List<String> terms = new ArrayList<>();
        terms.add(element.name().toLowerCase(Locale.ROOT));
        String ovnName = element.id().substring(element.id().indexOf(':') + 1).toLowerCase(Locale.ROOT);
        if (!ovnName.equals(terms.get(0))) {
            terms.add(ovnName);
        }
        for (String address : element.addresses()) {
            for (String word : address.split("[\\s,]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                terms.add(lower);
                int slash = lower.indexOf('/');
                if (slash > 0) {
                    terms.add(lower.substring(0, slash));
                }
            }
        }
        return terms;
    }

    /** A pod group folds its switch's pods; a pod of an unfolded switch folds them back. */
    private static Optional<String> foldKey(TopologyElement element, Topology topology) {
        if (element instanceof PodGroupElement group) {
            return Optional.of(group.switchId());
        }
        if (element.kind() != ElementKind.POD) {
            return Optional.empty();
        }
        return topology.graph().incomingEdgesOf(element).stream()
                .map(Link::sourceId)
                .filter(topology.fold().unfoldedSwitches()::contains)
                .findFirst();
    }
}
