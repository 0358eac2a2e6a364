package io.ovnscope.views.background;

/** Where the window shows that background work runs (the status bar), and how it ended. */
public interface WorkStatus {
    void working(String what);

    /** @param message what to show now, or null to go back to the open snapshot's summary */
    void done(String message);
}
