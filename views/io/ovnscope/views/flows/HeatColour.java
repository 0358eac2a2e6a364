package io.ovnscope.views.flows;

import java.util.List;
import java.util.stream.IntStream;
import javafx.css.PseudoClass;

/**
 * Packet counters as a heat colour: none for zero, pale yellow to red on a log scale up to the bridge's
 * busiest flow, since counters span many orders of magnitude. The colours are the style sheet's
 * {@code :heat-1} to {@code :heat-8}: switching a pseudo-class costs a cell little, while an inline style is
 * parsed as CSS each time a scrolled row is refilled.
 */
final class HeatColour {
    static final int LEVELS = 8;
    private static final List<PseudoClass> HEAT = IntStream.rangeClosed(1, LEVELS)
            .mapToObj(level -> PseudoClass.getPseudoClass("heat-" + level)).toList();

    private HeatColour() {
    }

    /** 0 for no packets, else 1 (a few) to {@link #LEVELS} (as many as the busiest flow). */
    static int level(long packets, long max) {
        if (packets <= 0 || max <= 0) {
            return 0;
        }
        double share = Math.log1p(packets) / Math.log1p(max);
        return Math.max(1, Math.min(LEVELS, (int) Math.ceil(share * LEVELS)));
    }

    /** The pseudo-class of a level from 1 to {@link #LEVELS}. */
    static PseudoClass pseudoClass(int level) {
        return HEAT.get(level - 1);
    }
}
