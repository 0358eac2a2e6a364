package io.ovnscope.core.collect;

import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.core.snapshot.Snapshot;

/**
 * Collects a node into a snapshot: connects, runs the read-only command catalog, parses what came back.
 * A command that fails, times out or never runs leaves a gap in the snapshot, not an exception; only a
 * failure to connect at all throws.
 */
public interface SnapshotCollector {
    Snapshot collect(CollectRequest request, CollectionListener listener, CancelToken cancel)
            throws NodeConnectException;

    /**
     * One collection's inputs.
     *
     * @param password    the password when the profile's auth is {@link AuthChoice.Password}, else empty
     * @param acceptNew   accept and record an unknown host key without asking (never a changed one)
     */
    record CollectRequest(ConnectionProfile profile, char[] password, HostKeyPrompt hostKeys,
                          PassphrasePrompt passphrases, boolean acceptNew) {
    }
}
