package io.ovnscope.collectors.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ovnscope.collectors.json.ModelJson;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Snapshot files: JSON (gzip-compressed when the name ends in {@code .gz}) holding where and when the node
 * was collected, what is missing, and every command's raw output with its problems. Opening a file reads
 * the raw outputs again with today's parsers, so what was collected is never lost to an old parser and
 * an old snapshot gains from every parser fix.
 */
public final class SnapshotFiles {
    static final String FORMAT = "ovnscope-snapshot";

    private final ObjectMapper mapper = ModelJson.mapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final SnapshotAssembler assembler;

    public SnapshotFiles(SnapshotAssembler assembler) {
        this.assembler = assembler;
    }

    /**
     * The file's shape. The problems are stored for readers of the file; the parsed model is not, it is read
     * again from the raw outputs.
     */
    record SnapshotFile(String format, int formatVersion, SnapshotSource source, List<Gap> gaps,
                        List<CapturedOutput> outputs) {
    }

    public void save(Snapshot snapshot, Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".ovnscope-", ".tmp");
        try {
            try (OutputStream out = compressedIfNamed(file, Files.newOutputStream(temporary))) {
                mapper.writeValue(out, toFile(snapshot));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public Snapshot open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a snapshot from a stream (a file, or the built-in demo); {@code name} is for messages. */
    public Snapshot read(InputStream in, String name) throws IOException {
        SnapshotFile stored;
        try (InputStream raw = decompressIfGzip(in)) {
            stored = mapper.readValue(raw, SnapshotFile.class);
        } catch (JsonProcessingException e) {
            throw new IOException(name + " is not a readable ovnscope snapshot: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (stored == null || !FORMAT.equals(stored.format())) {
            throw new IOException(name + " is not an ovnscope snapshot (no \"format\": \"" + FORMAT + "\")");
        }
        if (stored.formatVersion() > Snapshot.FORMAT_VERSION) {
            throw new IOException(name + " was saved by a newer ovnscope (snapshot format " + stored.formatVersion()
                    + "; this one reads up to " + Snapshot.FORMAT_VERSION + "): update ovnscope to open it");
        }
        if (stored.source() == null || stored.outputs() == null) {
            throw new IOException(name + " is damaged: it lacks its source or its outputs");
        }
        return assembler.assemble(stored.source(), stored.outputs(), stored.gaps() == null ? List.of() : stored.gaps());
    }

    private static SnapshotFile toFile(Snapshot snapshot) {
        return new SnapshotFile(FORMAT, Snapshot.FORMAT_VERSION, snapshot.source(), snapshot.gaps(),
                snapshot.outputs());
    }

    private static OutputStream compressedIfNamed(Path file, OutputStream out) throws IOException {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(buffered, 1 << 16) : buffered;
    }

    /** Gzip is recognised by its magic bytes, not the name, so a renamed file still opens. */
    private static InputStream decompressIfGzip(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        boolean gzip = first == 0x1f && second == 0x8b;
        return gzip ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }
}
