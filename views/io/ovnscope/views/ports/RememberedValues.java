package io.ovnscope.views.ports;

import java.util.Optional;

/**
 * Small settings the window remembers between runs (the last folder a snapshot was opened from, ...). A value
 * that cannot be kept is simply forgotten: losing one must never stop the user.
 */
public interface RememberedValues {
    Optional<String> get(String key);

    void put(String key, String value);
}
