package io.ovnscope.views.background;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Asks something of the user from a worker thread: runs the question on the JavaFX thread (where dialogs
 * live) and makes the worker wait for the answer.
 */
public final class FxCall {
    private FxCall() {
    }

    /**
     * @param otherwise what to answer when the wait is interrupted or the question fails (e.g. "refuse")
     */
    public static <T> T await(Supplier<T> question, T otherwise) {
        if (Platform.isFxApplicationThread()) {
            return question.get();
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return otherwise;
        } catch (ExecutionException e) {
            return otherwise;
        }
    }
}
