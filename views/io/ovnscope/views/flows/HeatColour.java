package io.ovnscope.views.flows;

/**
 * Packet counters as a heat colour: white for none, pale yellow to red on a log scale up to the bridge's
 * busiest flow, since counters span many orders of magnitude.
 */
final class HeatColour {
    private HeatColour() {
    }

    /** A CSS background for a counter, or "" for none. */
    static String style(long packets, long max) {
        if (packets <= 0 || max <= 0) {
            return "";
        }
        double level = Math.log1p(packets) / Math.log1p(max);
        int red = 255 - (int) Math.round(level * 7);
        int green = 247 - (int) Math.round(level * 134);
        int blue = 214 - (int) Math.round(level * 101);
        return "-fx-background-color: rgb(" + red + "," + green + "," + blue + ");";
    }
}
