package io.ovnscope.collectors.nodeport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ovnscope.core.nodeport.AuditEntry;
import io.ovnscope.core.nodeport.AuditLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log as a file of JSON lines, one write per line, only ever appended to: a half-written last line
 * (a crash mid-append) spoils that entry alone, which {@link #entries()} then skips.
 */
public final class FileAuditLog implements AuditLog {
    private final Path file;
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    public FileAuditLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String line = json.writeValueAsString(entry) + "\n";
            Files.writeString(file, endsMidLine() ? "\n" + line : line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    /** After a crash mid-append, the next entry starts on a line of its own rather than joining the broken one. */
    private boolean endsMidLine() throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(channel.size() - 1);
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            channel.read(last);
            return last.get(0) != '\n';
        }
    }

    @Override
    public synchronized List<AuditEntry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<AuditEntry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    entries.add(json.readValue(line, AuditEntry.class));
                } catch (IOException e) {
                    // A line cut by a crash while it was appended: the entries around it still count.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }
}
