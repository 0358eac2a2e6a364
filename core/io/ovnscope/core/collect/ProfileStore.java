package io.ovnscope.core.collect;

import java.util.List;

/** Keeps the user's connection profiles between runs, most recently used first. */
public interface ProfileStore {
    List<ConnectionProfile> load();

    void save(List<ConnectionProfile> profiles);
}
