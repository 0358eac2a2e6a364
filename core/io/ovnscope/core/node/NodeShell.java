package io.ovnscope.core.node;

/**
 * A live way to run commands on one node (an SSH connection, for instance). Running never throws for a
 * command's failure: a command that fails, hangs, floods or loses its connection comes back as a
 * {@link CommandRun} saying so. Safe to call from several threads at once; the shell bounds how many commands
 * really run at the same time and queues the rest fairly.
 */
public interface NodeShell extends AutoCloseable {
    /** Runs one command and waits for it; a cancel stops it (or keeps it from starting). */
    CommandRun run(CommandSpec spec, CancelToken cancel);

    /** How many commands this shell runs at the same time; more calls wait their turn. */
    int maxParallel();

    /** Where this shell runs its commands, e.g. {@code root@node1:22}, for messages and snapshots. */
    String address();

    /** False once the connection is gone; later runs come back NOT_RUN. */
    boolean isOpen();

    @Override
    void close();
}
