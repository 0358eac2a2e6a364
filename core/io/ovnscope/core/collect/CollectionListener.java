package io.ovnscope.core.collect;

import io.ovnscope.core.snapshot.Outcome;
import java.util.List;

/**
 * Hears how a collection goes, for a progress display. Called from the collecting thread: a GUI must hand
 * each call to its own thread.
 */
public interface CollectionListener {
    CollectionListener NONE = new CollectionListener() {
    };

    /** Connecting (and logging in) to the node has begun. */
    default void connecting(String address) {
    }

    /** What will run, by catalog item; may be called again when per-bridge items are known. */
    default void planned(List<String> items) {
    }

    default void finished(String item, Outcome outcome) {
    }
}
