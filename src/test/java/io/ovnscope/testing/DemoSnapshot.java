package io.ovnscope.testing;

import io.ovnscope.app.Wiring;
import io.ovnscope.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The built-in demo exactly as the app ships and opens it: the lab's whole collection of seed 004's node
 * (northbound, bridges, routes, addresses, nat), its raw outputs read again by the current parsers.
 */
public final class DemoSnapshot {
    private DemoSnapshot() {
    }

    public static Snapshot load() {
        try {
            return Wiring.fromEnvironment().snapshotDocuments().demo();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
