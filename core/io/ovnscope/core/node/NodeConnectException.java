package io.ovnscope.core.node;

import java.util.Objects;

/** A node could not be reached; the message is one line that says what to do about it. */
public final class NodeConnectException extends Exception {
    private final Failure failure;

    public NodeConnectException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure);
    }

    public NodeConnectException(Failure failure, String message) {
        this(failure, message, null);
    }

    public Failure failure() {
        return failure;
    }

    /** What went wrong, for callers that act on it (e.g. a GUI that offers to pick another key). */
    public enum Failure {
        /** The server refused every credential offered. */
        AUTH_REFUSED,
        /** A key's passphrase was wrong or not given. */
        PASSPHRASE,
        /** A key file could not be read or is not a private key. */
        KEY_UNREADABLE,
        /** The SSH agent could not be reached or holds no keys. */
        AGENT,
        /** Nothing listens on the port. */
        CONNECTION_REFUSED,
        /** The host did not answer in time. */
        TIMEOUT,
        /** The host name does not resolve. */
        UNKNOWN_HOST,
        /** The server's key is not in known_hosts and the user did not accept it. */
        HOST_KEY_UNKNOWN,
        /** The server's key differs from the one in known_hosts: possibly an attack. */
        HOST_KEY_CHANGED,
        /** The server's key is marked @revoked in known_hosts. */
        HOST_KEY_REVOKED,
        /** Anything else (the message says what). */
        OTHER
    }
}
