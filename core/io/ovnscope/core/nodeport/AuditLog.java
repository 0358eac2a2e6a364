package io.ovnscope.core.nodeport;

import java.util.List;

/** Where every write on a node is recorded, oldest first; appending never loses an earlier entry. */
public interface AuditLog {
    /** Records one write; throws {@link java.io.UncheckedIOException} when the log cannot be written. */
    void append(AuditEntry entry);

    /** Every entry so far, oldest first; entries the log cannot read back are skipped, not guessed. */
    List<AuditEntry> entries();
}
