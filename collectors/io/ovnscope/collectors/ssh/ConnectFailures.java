package io.ovnscope.collectors.ssh;

import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.NodeConnectException.Failure;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Turns what Apache SSHD throws while connecting into one line a user can act on. */
final class ConnectFailures {
    private final SshTarget target;
    private final SshAuth auth;
    private final List<KeyPair> keys;

    ConnectFailures(SshTarget target, SshAuth auth, List<KeyPair> keys) {
        this.target = target;
        this.auth = auth;
        this.keys = keys;
    }

    NodeConnectException explain(Exception e, Optional<NodeConnectException> hostKeyRefusal) {
        if (hostKeyRefusal.isPresent()) {
            return hostKeyRefusal.get();
        }
        String where = target.host() + ":" + target.port()
                + target.jump().map(j -> " (via " + j.host() + ":" + j.port() + ")").orElse("");
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return new NodeConnectException(Failure.CONNECTION_REFUSED,
                        "connection refused by " + where + ": is sshd running there, and is the port right?", e);
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new NodeConnectException(Failure.UNKNOWN_HOST, "unknown host " + target.host(), e);
            }
            if (t instanceof NoRouteToHostException) {
                return new NodeConnectException(Failure.TIMEOUT, "no route to " + where, e);
            }
            if (t instanceof SocketTimeoutException) {
                return timeout(where, e);
            }
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("no more authentication methods")) {
            return new NodeConnectException(Failure.AUTH_REFUSED, refusedWhat() + " for user " + target.user(), e);
        }
        if (message.contains("timeout") || message.contains("timed out")) {
            return timeout(where, e);
        }
        return new NodeConnectException(Failure.OTHER, "cannot connect to " + where + ": " + e.getMessage(), e);
    }

    private NodeConnectException timeout(String where, Exception e) {
        return new NodeConnectException(Failure.TIMEOUT, where + " did not answer within "
                + target.connectTimeout().toSeconds() + " s", e);
    }

    private String refusedWhat() {
        if (auth instanceof SshAuth.KeyFile file) {
            String fingerprints = keys.stream()
                    .map(k -> Fingerprints.type(k.getPublic()) + " " + Fingerprints.sha256(k.getPublic()))
                    .collect(Collectors.joining(", "));
            return "the server refused key " + file.file() + " (" + fingerprints + ")";
        }
        if (auth instanceof SshAuth.Agent agent) {
            return "the server refused every key of the SSH agent at " + agent.socket();
        }
        return "the server refused the password";
    }
}
