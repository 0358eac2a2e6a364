package io.ovnscope.collectors.ssh;

import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.snapshot.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/** One command on one exec channel: open, feed or close its input, read within the limits, say how it ended. */
final class ExecRun {
    /** Error text is short on every tool we run; more is noise and is cut without comment. */
    static final long STDERR_CAP = 1024 * 1024;
    /** How often a waiting run looks at its cap and cancel flags; exit is seen at once regardless. */
    private static final long POLL_MILLIS = 50;
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(30);

    private final ClientSession session;
    private final CommandSpec spec;
    private final CancelToken cancel;
    private final Supplier<String> lostReason;

    ExecRun(ClientSession session, CommandSpec spec, CancelToken cancel, Supplier<String> lostReason) {
        this.session = session;
        this.spec = spec;
        this.cancel = cancel;
        this.lostReason = lostReason;
    }

    CommandRun run() {
        long start = System.nanoTime();
        CappedOutput out = new CappedOutput(spec.outputCap());
        CappedOutput err = new CappedOutput(STDERR_CAP);
        ChannelExec channel;
        try {
            channel = session.createExecChannel(spec.command());
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(OPEN_TIMEOUT);
        } catch (IOException | RuntimeException e) {
            String reason = session.isOpen() ? "could not open a channel: " + e.getMessage() : lostReason.get();
            return CommandRun.notRun(spec.command(), reason);
        }
        Ending ending;
        CancelToken.Registration onCancel = cancel.onCancel(() -> channel.close(true));
        try {
            feedInput(channel);
            ending = waitForEnd(channel, out, start);
        } finally {
            onCancel.close();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return describe(channel, ending, took, out, err);
    }

    /** Without this a command that reads stdin would wait for input until its timeout. */
    private void feedInput(ChannelExec channel) {
        try (OutputStream in = channel.getInvertedIn()) {
            if (spec.stdin() != null) {
                in.write(spec.stdin().getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
        } catch (IOException e) {
            // The command ended or the channel closed before reading its input: its exit tells the rest.
        }
    }

    private Ending waitForEnd(ChannelExec channel, CappedOutput out, long start) {
        long deadline = start + spec.timeout().toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED),
                    Math.max(1, Math.min(POLL_MILLIS, Duration.ofNanos(left).toMillis())));
            if (events.contains(ClientChannelEvent.CLOSED)) {
                return cancel.isCancelled() ? Ending.CANCELLED : Ending.CLOSED;
            }
            if (out.overflowed()) {
                channel.close(true);
                return Ending.CAPPED;
            }
            if (System.nanoTime() >= deadline) {
                channel.close(true);
                return Ending.TIMED_OUT;
            }
        }
    }

    private CommandRun describe(ChannelExec channel, Ending ending, Duration took, CappedOutput out,
                                CappedOutput err) {
        Integer status = channel.getExitStatus();
        String signal = channel.getExitSignal();
        boolean truncated = out.overflowed();
        String kept = out.keptBytes() + " bytes";
        Outcome outcome;
        String failure;
        if (ending == Ending.TIMED_OUT) {
            outcome = Outcome.TIMED_OUT;
            failure = "timed out after " + seconds(spec.timeout()) + "; kept the " + kept + " it printed until then";
        } else if (ending == Ending.CAPPED || truncated) {
            outcome = Outcome.TRUNCATED;
            failure = "output cut at the cap: kept the first " + kept + " of at least " + out.seenBytes()
                    + " bytes printed";
        } else if (ending == Ending.CANCELLED) {
            outcome = Outcome.FAILED;
            failure = "cancelled after " + seconds(took);
        } else if (signal != null) {
            outcome = Outcome.FAILED;
            failure = "killed by signal " + signal;
        } else if (status == null) {
            outcome = Outcome.FAILED;
            failure = session.isOpen() ? "ended without an exit status" : lostReason.get();
        } else if (status == 0) {
            outcome = Outcome.COMPLETED;
            failure = null;
        } else {
            outcome = Outcome.FAILED;
            failure = "exit status " + status + firstLine(err.text());
        }
        return new CommandRun(spec.command(), outcome, status, signal, took, out.text(), err.text(), truncated,
                failure);
    }

    private static String firstLine(String stderr) {
        String trimmed = stderr.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        int end = trimmed.indexOf('\n');
        return ": " + (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private enum Ending { CLOSED, TIMED_OUT, CAPPED, CANCELLED }
}
