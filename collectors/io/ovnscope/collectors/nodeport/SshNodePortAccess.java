package io.ovnscope.collectors.nodeport;

import io.ovnscope.collectors.collect.ProfileConnector;
import io.ovnscope.collectors.ssh.SshNodeShell;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector.CollectRequest;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.core.nodeport.AuditLog;
import io.ovnscope.core.nodeport.NodePortAccess;
import io.ovnscope.core.nodeport.NodePortSession;
import java.time.Clock;

/** NodePort sessions over SSH, as collecting connects, with every write in one audit log. */
public final class SshNodePortAccess implements NodePortAccess {
    private final ProfileConnector connector;
    private final AuditLog audit;
    private final Clock clock;

    public SshNodePortAccess(ProfileConnector connector, AuditLog audit, Clock clock) {
        this.connector = connector;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public NodePortSession open(ConnectionProfile profile, char[] password, HostKeyPrompt hostKeys,
                                PassphrasePrompt passphrases, boolean acceptNew, String bridge)
            throws NodeConnectException {
        // Checked before connecting: a bad name should not cost a login.
        WriteCommands.checkBridge(bridge);
        SshNodeShell shell = connector.connect(new CollectRequest(profile, password, hostKeys, passphrases, acceptNew));
        try {
            return new NodePortBridge(shell, profile,
                    new WriteCommands(bridge, OvsPrefixProbe.ovsPrefix(shell, profile.prefixes())), audit, clock);
        } catch (RuntimeException e) {
            shell.close();
            throw e;
        }
    }

    @Override
    public AuditLog auditLog() {
        return audit;
    }
}
