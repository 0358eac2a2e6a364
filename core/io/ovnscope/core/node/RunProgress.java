package io.ovnscope.core.node;

/**
 * Hears how a batch of commands advances. Called from the worker threads that run the commands, so a GUI must
 * hand the news to its own thread.
 */
public interface RunProgress {
    RunProgress NONE = new RunProgress() { };

    /** The command at {@code index} of the batch got its turn and starts now. */
    default void started(int index, CommandSpec spec) { }

    /** The command at {@code index} ended (in any way, also NOT_RUN). */
    default void finished(int index, CommandRun run) { }
}
