package io.ovnscope.collectors.nodeport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.nodeport.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAuditLogTest {
    @TempDir
    Path dir;

    private static AuditEntry entry(String result) {
        return new AuditEntry(Instant.parse("2026-11-22T19:00:00Z"), "node1", "root", "br-int",
                List.of("ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x520/-1"), result);
    }

    @Test
    void entriesAreAppendedAndReadBackInOrder() {
        FileAuditLog log = new FileAuditLog(dir.resolve("new").resolve("audit.jsonl"));
        assertThat(log.entries()).isEmpty();
        log.append(entry("first"));
        log.append(entry("second"));
        assertThat(log.entries()).containsExactly(entry("first"), entry("second"));
        assertThat(new FileAuditLog(log.file()).entries()).hasSize(2);
    }

    @Test
    void aLineCutByACrashSpoilsOnlyItself() throws Exception {
        FileAuditLog log = new FileAuditLog(dir.resolve("audit.jsonl"));
        log.append(entry("first"));
        Files.writeString(log.file(), "{\"time\":\"2026-11-22T19:0", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(log.entries()).containsExactly(entry("first"));
        log.append(entry("after the crash"));
        assertThat(log.entries()).containsExactly(entry("first"), entry("after the crash"));
        assertThat(Files.readString(log.file())).startsWith("{\"time\":\"2026-11-22T19:00:00Z\",\"host\":\"node1\"");
    }
}
