package io.ovnscope.app.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes bytes on until a limit, then writes one notice and drops the rest: a log that runs away (a warning
 * in a loop) must not fill the user's disk before the next start rotates it away.
 */
final class CappedOutputStream extends OutputStream {
    private final OutputStream out;
    private final long limit;
    private long written;
    private boolean capped;

    CappedOutputStream(OutputStream out, long limit) {
        this.out = out;
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int room = (int) Math.min(length, Math.max(0, limit - written));
        if (room > 0) {
            out.write(bytes, offset, room);
            written += room;
        }
        if (room < length && !capped) {
            capped = true;
            out.write(("\n[log capped at " + limit + " bytes: later lines are dropped]\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
