package io.ovnscope.views.connect;

import io.ovnscope.core.snapshot.Outcome;
import java.util.Optional;

/** One catalog item of a running collection: waiting (no outcome yet) or how it ended. */
record ItemProgress(String item, Optional<Outcome> outcome) {
    static ItemProgress waiting(String item) {
        return new ItemProgress(item, Optional.empty());
    }

    /** The outcome in the words of the progress list. */
    String state() {
        return outcome.map(o -> switch (o) {
            case COMPLETED -> "done";
            case FAILED -> "failed";
            case TIMED_OUT -> "timed out";
            case TRUNCATED -> "cut at the output cap";
            case NOT_RUN -> "not run";
            case IMPORTED -> "imported";
        }).orElse("waiting");
    }
}
