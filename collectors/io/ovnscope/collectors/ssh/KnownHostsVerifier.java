package io.ovnscope.collectors.ssh;

import io.ovnscope.core.node.HostKeyQuestion;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.NodeConnectException.Failure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.config.hosts.KnownHostHashValue;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSessionCreator;
import org.apache.sshd.common.util.net.SshdSocketAddress;

/**
 * Checks server keys against known_hosts and keeps why it refused one: Apache SSHD reports an unknown and a
 * changed key alike ("Server key did not validate"), and the user must be told which it was.
 */
final class KnownHostsVerifier implements ServerKeyVerifier {
    private final HostKeyPolicy policy;
    private final AtomicReference<NodeConnectException> refusal = new AtomicReference<>();

    KnownHostsVerifier(HostKeyPolicy policy) {
        this.policy = policy;
    }

    /** Why the last key was refused, if one was. */
    Optional<NodeConnectException> refusal() {
        return Optional.ofNullable(refusal.get());
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey key) {
        SocketAddress named = namedAddress(session, remoteAddress);
        String host = hostOf(named).toLowerCase(Locale.ROOT);
        int port = portOf(named);
        try {
            return decide(host, port, key, policy.knownHosts().check(host, port, key));
        } catch (IOException e) {
            refusal.set(new NodeConnectException(Failure.OTHER,
                    "cannot read " + policy.knownHosts().path() + ": " + e.getMessage(), e));
            return false;
        }
    }

    private boolean decide(String host, int port, PublicKey key, HostKeyCheck check) throws IOException {
        String name = KnownHostHashValue.createHostPattern(host, port);
        String type = Fingerprints.type(key);
        String fingerprint = Fingerprints.sha256(key);
        String file = policy.knownHosts().path().toString();
        if (check instanceof HostKeyCheck.Known) {
            return true;
        }
        if (check instanceof HostKeyCheck.Changed changed) {
            refusal.set(new NodeConnectException(Failure.HOST_KEY_CHANGED, String.format(
                    "WARNING: the %s host key of %s has CHANGED (now %s; %s line %d has %s). Someone may be "
                            + "intercepting the connection, or the host was reinstalled. If you know the new key is "
                            + "right, remove the old one (ssh-keygen -R '%s' -f %s) and connect again.",
                    type, name, fingerprint, file, changed.line(), changed.oldFingerprint(), name, file)));
            return false;
        }
        if (check instanceof HostKeyCheck.Revoked revoked) {
            refusal.set(new NodeConnectException(Failure.HOST_KEY_REVOKED, String.format(
                    "the %s host key of %s (%s) is marked @revoked in %s line %d; refusing to connect",
                    type, name, fingerprint, file, revoked.line())));
            return false;
        }
        HostKeyCheck.Unknown unknown = (HostKeyCheck.Unknown) check;
        String note = unknown.otherTypes().isEmpty() ? ""
                : "keys of other types are already known for this host: " + String.join(", ", unknown.otherTypes());
        boolean accepted = policy.acceptNew() || policy.prompt().accept(
                new HostKeyQuestion(host, port, type, fingerprint, file, note));
        if (!accepted) {
            refusal.set(new NodeConnectException(Failure.HOST_KEY_UNKNOWN, String.format(
                    "the %s host key of %s (%s) is not in %s and was not accepted; check the fingerprint "
                            + "and accept it (on the command line: --accept-new)",
                    type, name, fingerprint, file)));
            return false;
        }
        policy.knownHosts().append(host, port, key, policy.hashNewEntries());
        return true;
    }

    /**
     * The host and port as the user named them. Through a jump host Apache SSHD connects to a local forwarded
     * port, so the connect address is 127.0.0.1:something; the real target is kept in TARGET_SERVER.
     */
    private static SocketAddress namedAddress(ClientSession session, SocketAddress remoteAddress) {
        SshdSocketAddress target = session.getAttribute(ClientSessionCreator.TARGET_SERVER);
        if (target != null) {
            return target;
        }
        return session.getConnectAddress() != null ? session.getConnectAddress() : remoteAddress;
    }

    private static String hostOf(SocketAddress address) {
        if (address instanceof SshdSocketAddress sshd) {
            return sshd.getHostName();
        }
        if (address instanceof InetSocketAddress inet) {
            return inet.getHostString();
        }
        return String.valueOf(address);
    }

    private static int portOf(SocketAddress address) {
        if (address instanceof SshdSocketAddress sshd) {
            return sshd.getPort();
        }
        if (address instanceof InetSocketAddress inet) {
            return inet.getPort();
        }
        return SshTarget.DEFAULT_PORT;
    }
}
