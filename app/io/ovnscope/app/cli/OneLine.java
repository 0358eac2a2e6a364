package io.ovnscope.app.cli;

/** Says what went wrong in one line, without a stack trace. */
final class OneLine {
    private OneLine() {
    }

    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        String text = message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
