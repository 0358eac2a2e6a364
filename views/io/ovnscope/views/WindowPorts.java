package io.ovnscope.views;

import io.ovnscope.core.collect.ProfileStore;
import io.ovnscope.core.collect.SnapshotCollector;
import io.ovnscope.core.nodeport.NodePortAccess;
import io.ovnscope.views.files.FilePicker;
import io.ovnscope.views.files.FxFilePicker;
import io.ovnscope.views.ports.RememberedValues;
import io.ovnscope.views.ports.SnapshotDocuments;
import io.ovnscope.views.ports.TraceDocuments;
import java.util.Objects;

/**
 * What the window needs from outside, handed in by the app: snapshot files, a collector, the saved profiles,
 * small remembered settings, the trace's JSON writer, the NodePort writes, and the file dialogs (replaceable so
 * tests need no system dialog).
 */
public record WindowPorts(SnapshotDocuments documents, SnapshotCollector collector, ProfileStore profiles,
                          RememberedValues remembered, TraceDocuments traces, FilePicker files,
                          NodePortAccess nodePorts) {
    public WindowPorts {
        Objects.requireNonNull(nodePorts);
        Objects.requireNonNull(documents);
        Objects.requireNonNull(collector);
        Objects.requireNonNull(profiles);
        Objects.requireNonNull(remembered);
        Objects.requireNonNull(traces);
        Objects.requireNonNull(files);
    }

    public static WindowPorts of(SnapshotDocuments documents, SnapshotCollector collector, ProfileStore profiles,
                                 RememberedValues remembered, TraceDocuments traces, NodePortAccess nodePorts) {
        return new WindowPorts(documents, collector, profiles, remembered, traces, new FxFilePicker(), nodePorts);
    }
}
