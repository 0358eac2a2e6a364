package io.ovnscope.app.pending;

import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.SnapshotCollector;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.snapshot.Snapshot;

/** Stands in for the SSH collector until it is merged: says so in one line, as any connect failure would. */
public final class PendingCollector implements SnapshotCollector {
    @Override
    public Snapshot collect(CollectRequest request, CollectionListener listener, CancelToken cancel)
            throws NodeConnectException {
        throw new NodeConnectException(NodeConnectException.Failure.OTHER,
                "collecting over SSH is not in this build yet; open a snapshot file instead");
    }
}
