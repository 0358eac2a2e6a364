package io.ovnscope.app.cli;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.views.ports.SnapshotDocuments;
import java.io.IOException;
import java.nio.file.Path;

/** The optional SNAPSHOT argument of the commands that read one: a saved snapshot file, or the built-in demo. */
final class SnapshotArgument {
    private SnapshotArgument() {
    }

    static Snapshot open(SnapshotDocuments documents, Path file) throws IOException {
        return file == null ? documents.demo() : documents.open(file);
    }

    static String describe(Path file) {
        return file == null ? "the built-in demo" : file.toString();
    }
}
