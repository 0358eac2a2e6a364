package io.ovnscope.core.node;

import java.util.ArrayList;
import java.util.List;

/** Lets a user stop a run: who cancels calls {@link #cancel()}; who runs checks it or registers to hear of it. */
public final class CancelToken {
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean cancelled;

    /** A token for callers that never cancel. */
    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        List<Runnable> toTell;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toTell = List.copyOf(listeners);
            listeners.clear();
        }
        toTell.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * Calls {@code action} once when the token is cancelled (at once if it already is). The returned handle
     * removes it again, so a finished command does not keep its channel reachable.
     */
    public Registration onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                listeners.add(action);
                return () -> {
                    synchronized (CancelToken.this) {
                        listeners.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> { };
    }

    /** Undoes an {@link #onCancel} registration. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
