package io.ovnscope.collectors.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps what a command prints up to a cap and counts (without keeping) what comes after. */
final class CappedOutput extends OutputStream {
    private final long cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long seen;

    CappedOutput(long cap) {
        this.cap = cap;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        long room = cap - kept.size();
        if (room > 0) {
            kept.write(bytes, offset, (int) Math.min(room, length));
        }
        seen += length;
    }

    synchronized boolean overflowed() {
        return seen > cap;
    }

    synchronized long keptBytes() {
        return kept.size();
    }

    synchronized long seenBytes() {
        return seen;
    }

    /** The kept bytes as UTF-8; a character the cap cut in two becomes U+FFFD. */
    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
