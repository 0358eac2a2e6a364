package io.ovnscope.core.snapshot;

import java.time.Instant;
import java.util.Objects;

/**
 * Where and when a snapshot was taken.
 *
 * @param node        the node's name as the user knows it (host name, or the name given on import)
 * @param address     how it was reached ({@code user@host:port}), or the folder it was imported from
 */
public record SnapshotSource(Origin origin, String node, String address, Instant takenAt) {
    public SnapshotSource {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(node);
        Objects.requireNonNull(address);
        Objects.requireNonNull(takenAt);
    }

    /** How the snapshot came to be. */
    public enum Origin { SSH, IMPORT, DEMO }
}
