package io.ovnscope.views.connect;

import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.snapshot.Outcome;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Hands the collector's progress, heard on its thread, to the progress list on the JavaFX thread. */
final class FxListener implements CollectionListener {
    private final ProgressList progress;
    private final Consumer<String> message;

    FxListener(ProgressList progress, Consumer<String> message) {
        this.progress = progress;
        this.message = message;
    }

    @Override
    public void connecting(String address) {
        Platform.runLater(() -> message.accept("Connecting to " + address + "…"));
    }

    @Override
    public void planned(List<String> items) {
        List<String> copy = List.copyOf(items);
        Platform.runLater(() -> {
            progress.planned(copy);
            message.accept("Collecting…");
        });
    }

    @Override
    public void finished(String item, Outcome outcome) {
        Platform.runLater(() -> progress.finished(item, outcome));
    }
}
