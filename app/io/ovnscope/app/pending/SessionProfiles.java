package io.ovnscope.app.pending;

import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ProfileStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps profiles for this run only, until the profile store that saves them to disk is merged. */
public final class SessionProfiles implements ProfileStore {
    private final List<ConnectionProfile> profiles = new CopyOnWriteArrayList<>();

    @Override
    public List<ConnectionProfile> load() {
        return List.copyOf(profiles);
    }

    @Override
    public synchronized void save(List<ConnectionProfile> saved) {
        profiles.clear();
        profiles.addAll(saved);
    }
}
