package io.ovnscope.views.topology;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.FoldState;
import io.ovnscope.core.topology.Layout;

/** Builds the core's graph of a snapshot and lays it out; run off the JavaFX thread. */
@FunctionalInterface
public interface TopologyLayouts {
    Layout of(Snapshot snapshot, FoldState fold);
}
