package io.ovnscope.testing;

import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.snapshot.SnapshotAssembler;
import io.ovnscope.collectors.snapshot.SnapshotFiles;
import io.ovnscope.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The demo the jar ships (the lab's collection, with br-ex and br-int), read by the real snapshot reader. */
public final class DemoSnapshot {
    private static final String RESOURCE = "/io/ovnscope/app/demo/microshift-dev.json.gz";

    private DemoSnapshot() {
    }

    public static Snapshot read() {
        try (InputStream in = DemoSnapshot.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            return new SnapshotFiles(new SnapshotAssembler(OutputKinds.all())).read(in, "microshift-dev.json.gz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
