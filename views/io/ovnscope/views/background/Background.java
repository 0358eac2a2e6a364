package io.ovnscope.views.background;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/**
 * Runs the window's slow work (collecting, reading and writing files) away from the JavaFX thread. Its threads
 * are daemons so an unfinished collection never keeps the app alive after the window closed.
 */
public final class Background {
    private final AtomicInteger count = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "ovnscope-work-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    public <T> Task<T> start(Task<T> task) {
        threads.execute(task);
        return task;
    }
}
