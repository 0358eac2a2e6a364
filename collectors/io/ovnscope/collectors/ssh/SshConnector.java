package io.ovnscope.collectors.ssh;

import io.ovnscope.core.node.NodeConnectException;
import java.io.IOException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.password.PasswordIdentityProvider;
import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.compression.BuiltinCompressions;
import org.apache.sshd.common.compression.Compression;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.core.CoreModuleProperties;

/**
 * Opens an SSH connection to a node with Apache SSHD, configured to behave like OpenSSH where a user would
 * notice: host keys from known_hosts, exactly the credentials given (no ~/.ssh/config, no default identities),
 * compression, keepalive. Every failure becomes a {@link NodeConnectException} with one line to act on.
 */
public final class SshConnector {
    private final int maxChannels;
    private final boolean compression;

    /** Up to {@link SshNodeShell#MAX_CHANNELS} channels at once, zlib@openssh.com offered first. */
    public SshConnector() {
        this(SshNodeShell.MAX_CHANNELS, true);
    }

    /** For measurements and servers with a low MaxSessions. */
    public SshConnector(int maxChannels, boolean compression) {
        if (maxChannels < 1) {
            throw new IllegalArgumentException("at least one channel: " + maxChannels);
        }
        this.maxChannels = maxChannels;
        this.compression = compression;
    }

    public SshNodeShell connect(SshTarget target, SshAuth auth, HostKeyPolicy hostKeys) throws NodeConnectException {
        // Read the key first: a wrong passphrase should be said as such, not as a refused login.
        List<KeyPair> keys = auth instanceof SshAuth.KeyFile file
                ? PrivateKeys.load(file.file(), file.passphrase()) : List.of();
        KnownHostsVerifier verifier = new KnownHostsVerifier(hostKeys);
        SshClient client = newClient(target, auth, keys, verifier);
        client.start();
        ClientSession session = null;
        try {
            HostConfigEntry entry = new HostConfigEntry("", target.host(), target.port(), target.user());
            target.jump().ifPresent(jump -> entry.setProxyJump(jump.proxyJump()));
            session = client.connect(entry, null, null).verify(target.connectTimeout()).getSession();
            session.auth().verify(target.connectTimeout());
            return new SshNodeShell(client, session, target.address(), maxChannels);
        } catch (IOException | RuntimeException e) {
            closeQuietly(session);
            client.stop();
            throw new ConnectFailures(target, auth, keys).explain(e, verifier.refusal());
        }
    }

    private SshClient newClient(SshTarget target, SshAuth auth, List<KeyPair> keys, KnownHostsVerifier verifier) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setServerKeyVerifier(verifier);
        if (compression) {
            List<NamedFactory<Compression>> offered = List.of(
                    BuiltinCompressions.delayedZlib, BuiltinCompressions.zlib, BuiltinCompressions.none);
            client.setCompressionFactories(offered);
        }
        // Set on the client, not the session, so that a jump host gets the same credentials.
        if (auth instanceof SshAuth.KeyFile) {
            client.setKeyIdentityProvider(session -> keys);
        } else if (auth instanceof SshAuth.Agent agent) {
            client.setAgentFactory(new UnixSocketAgentFactory(agent.socket()));
        } else if (auth instanceof SshAuth.Password password) {
            client.setPasswordIdentityProvider(
                    PasswordIdentityProvider.wrapPasswords(new String(password.password())));
        }
        // Without TCP_NODELAY each channel open can wait about 40 ms on delayed ACKs.
        CoreModuleProperties.TCP_NODELAY.set(client, true);
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, target.connectTimeout());
        // Longer than our own wait for the login, which then fails as a timeout and not as "Session is being
        // closed" (what SSHD's own auth timer says when it fires first).
        CoreModuleProperties.AUTH_TIMEOUT.set(client, target.connectTimeout().plusSeconds(5));
        if (!target.keepalive().isZero()) {
            // As OpenSSH's ServerAliveInterval with ServerAliveCountMax 3: a dead peer is noticed, an idle one kept.
            CoreModuleProperties.HEARTBEAT_INTERVAL.set(client, target.keepalive());
            CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(client, 3);
            // The heartbeat decides when a quiet connection is dead; SSHD's own 10-minute idle close would end a
            // GUI's connection between two refreshes.
            CoreModuleProperties.IDLE_TIMEOUT.set(client, Duration.ZERO);
        }
        return client;
    }

    private static void closeQuietly(ClientSession session) {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (IOException e) {
            // The connection failed already; there is nothing more to close.
        }
    }
}
