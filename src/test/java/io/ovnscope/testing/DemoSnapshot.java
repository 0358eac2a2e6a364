package io.ovnscope.testing;

import io.ovnscope.app.Wiring;
import io.ovnscope.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The built-in demo exactly as the app ships it (the lab's full collection of seed 004's node: northbound,
 * bridges, routes, addresses), opened the way the app opens it.
 */
public final class DemoSnapshot {
    private DemoSnapshot() {
    }

    public static Snapshot full() {
        try {
            return Wiring.fromEnvironment().snapshotDocuments().demo();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
