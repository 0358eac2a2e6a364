package io.ovnscope.views.topology;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.Emphasis;
import io.ovnscope.core.topology.FoldState;
import io.ovnscope.core.topology.LayeredLayout;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.core.topology.SvgDocument;
import io.ovnscope.core.topology.TopologyBuilder;
import java.util.LinkedHashSet;
import java.util.Set;

/** The core's topology calls the window makes: the graph of a snapshot laid out, and its SVG. */
public final class CoreTopology {
    private CoreTopology() {
    }

    public static Layout layout(Snapshot snapshot, FoldState fold) {
        return LayeredLayout.of(TopologyBuilder.build(snapshot, fold));
    }

    /**
     * The SVG of a layout with the pane's marks: the search hits and the trace panel's marked element as
     * highlights, and its path. The selection is the window's cursor, not part of the picture.
     */
    public static String svg(Layout layout, Marks marks) {
        return SvgDocument.write(layout, emphasis(marks));
    }

    static Emphasis emphasis(Marks marks) {
        Set<String> highlighted = new LinkedHashSet<>(marks.found());
        marks.marked().ifPresent(highlighted::add);
        return new Emphasis(highlighted, marks.path());
    }
}
