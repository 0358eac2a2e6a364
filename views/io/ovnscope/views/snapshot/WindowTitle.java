package io.ovnscope.views.snapshot;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;

/** The window title: which node is shown, and whether it is the demo or missing parts. */
public final class WindowTitle {
    public static final String APP = "ovnscope";

    private WindowTitle() {
    }

    public static String of(Snapshot snapshot) {
        StringBuilder title = new StringBuilder(APP).append(" — ").append(snapshot.source().node());
        if (snapshot.source().origin() == SnapshotSource.Origin.DEMO) {
            title.append(" (demo)");
        }
        if (snapshot.partial()) {
            title.append(" (partial)");
        }
        return title.toString();
    }
}
