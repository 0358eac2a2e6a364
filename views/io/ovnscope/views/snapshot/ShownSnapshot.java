package io.ovnscope.views.snapshot;

import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.snapshot.Snapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * The snapshot the window shows, and the profile that can collect it again (present when it came over SSH and
 * the profile is known), which is what Refresh needs.
 */
public record ShownSnapshot(Snapshot snapshot, Optional<ConnectionProfile> profile) {
    public ShownSnapshot {
        Objects.requireNonNull(snapshot);
        profile = Objects.requireNonNullElse(profile, Optional.empty());
    }
}
