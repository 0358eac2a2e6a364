package io.ovnscope.views.background;

/** Turns a failure into the one line a user reads, never a stack trace. */
public final class OneLine {
    private OneLine() {
    }

    public static String of(Throwable failure) {
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        String message = shown.getMessage();
        if (message == null || message.isBlank()) {
            return "unexpected " + shown.getClass().getSimpleName() + " (see the log for details)";
        }
        String first = message.strip().lines().findFirst().orElse(message);
        return first;
    }
}
