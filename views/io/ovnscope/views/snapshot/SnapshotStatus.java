package io.ovnscope.views.snapshot;

import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the status bar says about the open snapshot: where and when it was taken, and what it lacks. */
public final class SnapshotStatus {
    private static final DateTimeFormatter TAKEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private SnapshotStatus() {
    }

    public static String summary(Snapshot snapshot, ZoneId zone) {
        SnapshotSource source = snapshot.source();
        return origin(source.origin()) + " " + source.address() + " · taken " + TAKEN.format(source.takenAt()
                .atZone(zone)) + " · " + NavigatorTree.count(snapshot.outputs().size(), "output") + " · "
                + NavigatorTree.count(snapshot.problemCount(), "problem");
    }

    /** The short right-hand label; the gaps themselves are in its tooltip and behind a click. */
    public static String gapLabel(Snapshot snapshot) {
        return snapshot.gaps().isEmpty() ? "complete" : NavigatorTree.count(snapshot.gaps().size(), "gap");
    }

    public static String gapList(Snapshot snapshot) {
        if (snapshot.gaps().isEmpty()) {
            return "Every item of the collection is in this snapshot.";
        }
        return "Missing from this snapshot:\n" + snapshot.gaps().stream().map(SnapshotStatus::line)
                .collect(Collectors.joining("\n"));
    }

    private static String line(Gap gap) {
        return "• " + gap.item() + ": " + gap.reason();
    }

    private static String origin(SnapshotSource.Origin origin) {
        return switch (origin) {
            case SSH -> "Collected over SSH from";
            case IMPORT -> "Imported from";
            case DEMO -> "Demo snapshot of";
        };
    }
}
