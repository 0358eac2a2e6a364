package io.ovnscope.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CappedOutputStreamTest {
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private final CappedOutputStream capped = new CappedOutputStream(sink, 10);

    private void write(String text) throws IOException {
        capped.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private String written() {
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void underTheLimitEverythingPassesUnchanged() throws IOException {
        write("abcd");
        write("efghij");
        assertThat(written()).isEqualTo("abcdefghij");
    }

    @Test
    void pastTheLimitTheRestIsDroppedAfterOneNotice() throws IOException {
        write("abcdefgh");
        write("ijklmnop");
        write("qrstuvwx");
        capped.write('y');
        assertThat(written()).isEqualTo("abcdefghij\n[log capped at 10 bytes: later lines are dropped]\n");
    }
}
