package io.ovnscope.views.layout;

/** Keeps the window layout between runs; the app decides where. */
public interface WindowLayoutStore {
    WindowLayout load();

    void save(WindowLayout layout);
}
