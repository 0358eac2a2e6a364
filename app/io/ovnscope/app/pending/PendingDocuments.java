package io.ovnscope.app.pending;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.views.ports.SnapshotDocuments;
import java.io.IOException;
import java.nio.file.Path;

/** Stands in for the snapshot file format until it is merged: each use fails with a one-line reason. */
public final class PendingDocuments implements SnapshotDocuments {
    private static final String WHY = "snapshot files are not in this build yet";

    @Override
    public Snapshot open(Path file) throws IOException {
        throw new IOException(WHY);
    }

    @Override
    public void save(Snapshot snapshot, Path file) throws IOException {
        throw new IOException(WHY);
    }

    @Override
    public Snapshot demo() throws IOException {
        throw new IOException("the demo snapshot is not in this build yet");
    }
}
