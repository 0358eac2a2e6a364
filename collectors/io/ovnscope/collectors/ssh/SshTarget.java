package io.ovnscope.collectors.ssh;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to connect and how patiently.
 *
 * @param jump           an optional jump host (OpenSSH's ProxyJump), reached with the same credentials
 * @param connectTimeout for the TCP connect, the key exchange and the authentication, each
 * @param keepalive      how often an idle connection is kept alive (OpenSSH's ServerAliveInterval); zero for never
 */
public record SshTarget(String host, int port, String user, Optional<Jump> jump, Duration connectTimeout,
                        Duration keepalive) {
    public static final int DEFAULT_PORT = 22;

    public SshTarget {
        Objects.requireNonNull(host);
        Objects.requireNonNull(user);
        Objects.requireNonNull(jump);
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(keepalive);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    public static SshTarget of(String user, String host, int port) {
        return new SshTarget(host, port, user, Optional.empty(), Duration.ofSeconds(15), Duration.ofSeconds(30));
    }

    public SshTarget withJump(Jump via) {
        return new SshTarget(host, port, user, Optional.of(via), connectTimeout, keepalive);
    }

    public SshTarget withConnectTimeout(Duration timeout) {
        return new SshTarget(host, port, user, jump, timeout, keepalive);
    }

    /** {@code user@host:port}, as messages and snapshots name the node. */
    public String address() {
        return user + "@" + host + ":" + port;
    }

    /** A jump host: OpenSSH's {@code -J user@host:port}. */
    public record Jump(String user, String host, int port) {
        public Jump {
            Objects.requireNonNull(user);
            Objects.requireNonNull(host);
        }

        /** Reads {@code [user@]host[:port]}; the user defaults to the target's. */
        public static Jump parse(String text, String defaultUser) {
            String rest = text.strip();
            String user = defaultUser;
            int at = rest.lastIndexOf('@');
            if (at >= 0) {
                user = rest.substring(0, at);
                rest = rest.substring(at + 1);
            }
            int port = DEFAULT_PORT;
            int colon = rest.lastIndexOf(':');
            if (colon >= 0 && rest.indexOf(':') == colon) {
                port = Integer.parseInt(rest.substring(colon + 1));
                rest = rest.substring(0, colon);
            }
            return new Jump(user, rest, port);
        }

        String proxyJump() {
            return user + "@" + host + ":" + port;
        }
    }
}
