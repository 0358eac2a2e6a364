package io.ovnscope.collectors.ssh;

import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.NodeShell;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;

/**
 * A node reached over one SSH connection; each command gets its own exec channel. At most
 * {@link #MAX_CHANNELS} run at once, because OpenSSH's MaxSessions (10 by default) refuses the next channel at
 * once rather than queueing it; later commands wait in a fair (first come, first served) queue.
 */
public final class SshNodeShell implements NodeShell {
    /** Below OpenSSH's default MaxSessions of 10, leaving room for the user's own session multiplexing. */
    public static final int MAX_CHANNELS = 8;
    private static final long QUEUE_POLL_MILLIS = 100;

    private final SshClient client;
    private final ClientSession session;
    private final String address;
    private final int maxChannels;
    private final Semaphore channels;
    private final AtomicReference<String> lost = new AtomicReference<>();

    SshNodeShell(SshClient client, ClientSession session, String address, int maxChannels) {
        this.client = client;
        this.session = session;
        this.address = address;
        this.maxChannels = maxChannels;
        this.channels = new Semaphore(maxChannels, true);
        session.addSessionListener(new SessionListener() {
            @Override
            public void sessionException(Session s, Throwable t) {
                lost.compareAndSet(null, t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
            }

            @Override
            public void sessionDisconnect(Session s, int reason, String msg, String language, boolean initiator) {
                lost.compareAndSet(null, (initiator ? "disconnected: " : "the server disconnected: ") + msg);
            }
        });
    }

    @Override
    public CommandRun run(CommandSpec spec, CancelToken cancel) {
        if (!session.isOpen()) {
            return CommandRun.notRun(spec.command(), lostReason());
        }
        if (!takeChannel(cancel)) {
            return CommandRun.notRun(spec.command(), cancel.isCancelled() ? "cancelled before it started"
                    : "interrupted before it started");
        }
        try {
            if (!session.isOpen()) {
                return CommandRun.notRun(spec.command(), lostReason());
            }
            return new ExecRun(session, spec, cancel, this::lostReason).run();
        } finally {
            channels.release();
        }
    }

    private boolean takeChannel(CancelToken cancel) {
        try {
            while (!cancel.isCancelled()) {
                if (channels.tryAcquire(QUEUE_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private String lostReason() {
        String why = lost.get();
        return "connection lost: " + (why != null ? why : address + " closed the connection");
    }

    @Override
    public int maxParallel() {
        return maxChannels;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException e) {
            // Closing a connection that is already gone: nothing left to release.
        }
        client.stop();
    }
}
