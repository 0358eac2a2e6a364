package io.ovnscope.views.connect;

import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ProfileStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The saved profiles, most recently used first; using one moves it to the front. */
public final class ProfileHistory {
    private static final int KEPT = 30;

    private final ProfileStore store;

    public ProfileHistory(ProfileStore store) {
        this.store = Objects.requireNonNull(store);
    }

    public List<ConnectionProfile> recent() {
        return store.load();
    }

    /** Saves the profile as the most recent; a profile of the same name is replaced. */
    public void used(ConnectionProfile profile) {
        List<ConnectionProfile> profiles = new ArrayList<>(store.load());
        profiles.removeIf(p -> p.name().equals(profile.name()));
        profiles.add(0, profile);
        store.save(profiles.subList(0, Math.min(KEPT, profiles.size())));
    }

    /** The profile that reaches {@code user@host[:port]}, to refresh a snapshot opened from a file. */
    public Optional<ConnectionProfile> forAddress(String address) {
        return store.load().stream().filter(p -> p.address().equals(address)).findFirst();
    }
}
