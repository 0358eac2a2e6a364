package io.ovnscope.views.snapshot;

import java.util.Optional;

/**
 * One line of the navigator: what it says, and the model object behind it whose data the details pane shows
 * (empty for a grouping line).
 */
public record NavEntry(String label, Optional<Object> subject) {
    public static NavEntry group(String label) {
        return new NavEntry(label, Optional.empty());
    }

    public static NavEntry of(String label, Object subject) {
        return new NavEntry(label, Optional.of(subject));
    }

    @Override
    public String toString() {
        return label;
    }
}
