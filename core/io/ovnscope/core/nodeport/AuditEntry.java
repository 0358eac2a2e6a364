package io.ovnscope.core.nodeport;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One write ovnscope made on a node, as the audit log keeps it.
 *
 * @param commands every command exactly as sent, each followed by the input it was given (if any)
 * @param result   how it ended and what the check after it found, in words
 */
public record AuditEntry(Instant time, String host, String user, String bridge, List<String> commands,
                         String result) {
    public AuditEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(bridge, "bridge");
        Objects.requireNonNull(result, "result");
        commands = List.copyOf(commands);
    }
}
