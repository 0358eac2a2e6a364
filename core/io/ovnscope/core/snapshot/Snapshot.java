package io.ovnscope.core.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything collected from one node at one time: each command's raw output as it was printed, what the
 * parsers made of it, and what is missing. Immutable; saved and opened as a file, shared as is.
 *
 * @param formatVersion the snapshot file format this was made with
 */
public record Snapshot(int formatVersion, SnapshotSource source, List<CapturedOutput> outputs, List<Gap> gaps,
                       NodeState node) {
    /** The file format written by this version of ovnscope. */
    public static final int FORMAT_VERSION = 1;

    public Snapshot {
        Objects.requireNonNull(source);
        Objects.requireNonNull(node);
        outputs = List.copyOf(outputs);
        gaps = List.copyOf(gaps);
    }

    public Optional<CapturedOutput> output(String item) {
        return outputs.stream().filter(o -> o.item().equals(item)).findFirst();
    }

    public boolean partial() {
        return !gaps.isEmpty();
    }

    /** How many lines the parsers could not read, over all outputs. */
    public int problemCount() {
        return outputs.stream().mapToInt(o -> o.problems().size()).sum();
    }
}
