package io.ovnscope.core.node;

import io.ovnscope.core.snapshot.Outcome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A NodeShell over this machine's /bin/sh, to test the runners without SSH. Counts the channels it opens. */
final class LocalShell implements NodeShell {
    private final int maxParallel;
    private final AtomicInteger channels = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    LocalShell(int maxParallel) {
        this.maxParallel = maxParallel;
    }

    int channels() {
        return channels.get();
    }

    int mostAtOnce() {
        return mostAtOnce.get();
    }

    @Override
    public CommandRun run(CommandSpec spec, CancelToken cancel) {
        channels.incrementAndGet();
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        long start = System.nanoTime();
        try {
            Process sh = new ProcessBuilder("/bin/sh", "-c", spec.command()).start();
            try (OutputStream in = sh.getOutputStream()) {
                if (spec.stdin() != null) {
                    in.write(spec.stdin().getBytes(StandardCharsets.UTF_8));
                }
            }
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(sh.getErrorStream()));
            byte[] out = sh.getInputStream().readAllBytes();
            if (!sh.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                sh.destroyForcibly();
            }
            int status = sh.exitValue();
            return new CommandRun(spec.command(), status == 0 ? Outcome.COMPLETED : Outcome.FAILED, status, null,
                    Duration.ofNanos(System.nanoTime() - start), new String(out, StandardCharsets.UTF_8),
                    new String(err.get(), StandardCharsets.UTF_8), false, status == 0 ? null : "exit " + status);
        } catch (Exception e) {
            return CommandRun.notRun(spec.command(), e.toString());
        } finally {
            running.decrementAndGet();
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Override
    public int maxParallel() {
        return maxParallel;
    }

    @Override
    public String address() {
        return "local";
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
        // Nothing held open between runs.
    }
}
