package io.ovnscope.core.nodeport;

import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.PassphrasePrompt;

/** How the app reaches a node's bridge to write NodePort flows, and the log of every write made. */
public interface NodePortAccess {
    /**
     * Connects as the profile says and opens the bridge; a read-only profile connects but every write is refused.
     *
     * @param password the login password when the profile logs in with one, else empty; cleared by the caller
     */
    NodePortSession open(ConnectionProfile profile, char[] password, HostKeyPrompt hostKeys,
                         PassphrasePrompt passphrases, boolean acceptNew, String bridge) throws NodeConnectException;

    AuditLog auditLog();
}
