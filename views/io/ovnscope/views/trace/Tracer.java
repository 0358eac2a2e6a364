package io.ovnscope.views.trace;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.core.topology.TracePath;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceEngine;
import io.ovnscope.core.trace.TraceQuestion;
import io.ovnscope.views.background.Background;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs traces off the JavaFX thread: one engine per snapshot (it indexes the flows once), built by the first
 * trace. Only the newest question's answer is handed back, so a slow trace never overwrites a later one.
 */
final class Tracer {
    private final Background background;
    private Snapshot snapshot;
    private int asked;
    private TraceEngine engine;
    private Snapshot engineOf;

    Tracer(Background background) {
        this.background = background;
    }

    void use(Snapshot next) {
        snapshot = next;
        asked++;
    }

    Optional<Snapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** Traces the question and its reply; {@code done} is called on the JavaFX thread, {@code failed} too. */
    void trace(String title, TraceQuestion question, Optional<Layout> layout, Consumer<TraceRun> done,
               Consumer<Throwable> failed) {
        if (snapshot == null) {
            return;
        }
        Snapshot tracedOn = snapshot;
        int ticket = ++asked;
        Task<TraceRun> task = new Task<>() {
            @Override
            protected TraceRun call() {
                TraceEngine used = engineFor(tracedOn);
                Trace request = used.trace(question);
                Optional<Trace> reply = request.complete() ? Optional.of(used.reply(request)) : Optional.empty();
                String node = tracedOn.source().node();
                return new TraceRun(title, request, reply,
                        layout.map(l -> TracePath.of(request, l.topology(), node)),
                        reply.flatMap(back -> layout.map(l -> TracePath.of(back, l.topology(), node))));
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket == asked) {
                done.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> failed.accept(task.getException()));
        background.start(task);
    }

    private synchronized TraceEngine engineFor(Snapshot tracedOn) {
        if (engineOf != tracedOn) {
            engine = new TraceEngine(tracedOn);
            engineOf = tracedOn;
        }
        return engine;
    }
}
