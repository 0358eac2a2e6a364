package io.ovnscope.app;

import io.ovnscope.collectors.snapshot.SnapshotFiles;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import io.ovnscope.views.ports.SnapshotDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** The window's snapshot files, and the built-in demo shipped in the jar. */
final class FileSnapshotDocuments implements SnapshotDocuments {
    static final String DEMO = "demo/microshift-dev.json.gz";

    private final SnapshotFiles files;

    FileSnapshotDocuments(SnapshotFiles files) {
        this.files = files;
    }

    @Override
    public Snapshot open(Path file) throws IOException {
        return files.open(file);
    }

    @Override
    public void save(Snapshot snapshot, Path file) throws IOException {
        files.save(snapshot, file);
    }

    /** The lab's collection, shipped in the jar, labelled as the demo it is. */
    @Override
    public Snapshot demo() throws IOException {
        try (InputStream in = FileSnapshotDocuments.class.getResourceAsStream(DEMO)) {
            if (in == null) {
                throw new IOException("the built-in demo snapshot is missing from this build");
            }
            Snapshot collected = files.read(in, "the built-in demo");
            SnapshotSource lab = collected.source();
            SnapshotSource demo = new SnapshotSource(SnapshotSource.Origin.DEMO, lab.node(),
                    "built-in demo (the ovnscope lab, seed 004's node)", lab.takenAt());
            return new Snapshot(collected.formatVersion(), demo, collected.outputs(), collected.gaps(),
                    collected.node());
        }
    }
}
