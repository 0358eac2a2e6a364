package io.ovnscope.core.topology;

import java.util.HashSet;
import java.util.Set;

/**
 * Which switches show their pods one by one. A switch with more pods than the threshold shows one pod group
 * instead, unless the user unfolded it.
 *
 * @param threshold      the most pods a switch shows before they fold
 * @param unfoldedSwitches ids of the switch elements the user unfolded
 */
public record FoldState(int threshold, Set<String> unfoldedSwitches) {
    public static final int DEFAULT_THRESHOLD = 12;

    public FoldState {
        if (threshold < 0) {
            throw new IllegalArgumentException("fold threshold must not be negative: " + threshold);
        }
        unfoldedSwitches = Set.copyOf(unfoldedSwitches);
    }

    public static FoldState defaults() {
        return new FoldState(DEFAULT_THRESHOLD, Set.of());
    }

    public boolean folds(String switchId, int podCount) {
        return podCount > threshold && !unfoldedSwitches.contains(switchId);
    }

    public FoldState unfold(String switchId) {
        Set<String> unfolded = new HashSet<>(unfoldedSwitches);
        unfolded.add(switchId);
        return new FoldState(threshold, unfolded);
    }

    public FoldState fold(String switchId) {
        Set<String> unfolded = new HashSet<>(unfoldedSwitches);
        unfolded.remove(switchId);
        return new FoldState(threshold, unfolded);
    }
}
