package io.ovnscope.core.collect;

import java.util.Objects;
import java.util.Optional;

/**
 * A node the user connects to, as saved between runs (never with a password or passphrase).
 *
 * @param name       what the user calls it; defaults to user@host
 * @param jump       an optional jump host, {@code [user@]host[:port]}
 * @param knownHosts the known_hosts file to check the node's key against; empty: {@code ~/.ssh/known_hosts}
 * @param readOnly   when true, ovnscope never writes to this node (no NodePort install or removal)
 */
public record ConnectionProfile(String name, String host, int port, String user, AuthChoice auth,
                                Optional<String> jump, Optional<String> knownHosts, ToolPrefixes prefixes,
                                boolean readOnly) {
    public ConnectionProfile {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(prefixes, "prefixes");
        jump = Objects.requireNonNullElse(jump, Optional.empty());
        knownHosts = Objects.requireNonNullElse(knownHosts, Optional.empty());
        if (host.isBlank()) {
            throw new IllegalArgumentException("the host is empty");
        }
        if (user.isBlank()) {
            throw new IllegalArgumentException("the user is empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the port must be 1 to 65535, not " + port);
        }
        name = name == null || name.isBlank() ? user + "@" + host : name;
    }

    /** {@code user@host:port} as OpenSSH users write it. */
    public String address() {
        return user + "@" + host + (port == 22 ? "" : ":" + port);
    }
}
