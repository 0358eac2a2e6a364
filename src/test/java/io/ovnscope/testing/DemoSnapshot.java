package io.ovnscope.testing;

import io.ovnscope.app.Wiring;
import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.snapshot.SnapshotAssembler;
import io.ovnscope.collectors.snapshot.SnapshotFiles;
import io.ovnscope.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The built-in demo: the lab's full collection of seed 004's node (northbound, bridges, routes, addresses)
 * shipped in the jar, re-parsed from its raw outputs as the app does.
 */
public final class DemoSnapshot {
    private static final String RESOURCE = "/io/ovnscope/app/demo/microshift-dev.json.gz";

    private DemoSnapshot() {
    }

    public static Snapshot load() {
        try (InputStream in = DemoSnapshot.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new SnapshotFiles(new SnapshotAssembler(OutputKinds.all())).read(in, "the demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo opened exactly the way the app opens it. */
    public static Snapshot full() {
        try {
            return Wiring.fromEnvironment().snapshotDocuments().demo();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
