package io.ovnscope.core.compare;

import io.ovnscope.core.model.openflow.Flow;

/** A flow both snapshots have whose packet or byte counter moved: traffic hit it in between. */
public record CounterChange(String bridge, Flow before, Flow after) {

    public long packets() {
        return after.stats().packets() - before.stats().packets();
    }

    public long bytes() {
        return after.stats().bytes() - before.stats().bytes();
    }
}
