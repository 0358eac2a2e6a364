package io.ovnscope.views.ports;

import io.ovnscope.core.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Snapshot files as the window needs them. The app hands in the implementation; the views never know the
 * file format. Errors come as an IOException whose message a user can act on.
 */
public interface SnapshotDocuments {
    Snapshot open(Path file) throws IOException;

    void save(Snapshot snapshot, Path file) throws IOException;

    /** The built-in demo: the seed's MicroShift node, collected from the lab. */
    Snapshot demo() throws IOException;
}
