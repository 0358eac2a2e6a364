package io.ovnscope.app.cli;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ToolPrefixes;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How to reach a node: the options `collect` and `nodeport` share. */
final class ConnectionOptions {
    @Option(names = "--host", required = true, paramLabel = "HOST", description = "The node's host name or address.")
    String host;

    @Option(names = "--port", defaultValue = "22", paramLabel = "PORT", description = "The SSH port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--user", defaultValue = "${sys:user.name}", paramLabel = "USER",
            description = "The user to log in as (default: you, ${DEFAULT-VALUE}).")
    String user;

    @ArgGroup(exclusive = true)
    Auth auth = new Auth();

    static final class Auth {
        @Option(names = {"-i", "--identity"}, paramLabel = "KEY",
                description = "A private key file (OpenSSH or PEM; RSA, ECDSA, ed25519). A passphrase is asked for.")
        String identity;

        @Option(names = "--agent", description = "Log in with the keys of the running ssh-agent (the default).")
        boolean agent;

        @Option(names = "--password", description = "Log in with a password, asked for on the terminal.")
        boolean password;
    }

    @Option(names = "--known-hosts", paramLabel = "FILE",
            description = "The known_hosts file to check the node's key against (default ~/.ssh/known_hosts).")
    String knownHosts;

    @Option(names = "--accept-new",
            description = "Accept and remember an unknown host key without asking (never a changed one).")
    boolean acceptNew;

    @Option(names = "--jump", paramLabel = "[USER@]HOST[:PORT]", description = "Reach the node through this jump host.")
    String jump;

    @Option(names = "--prefix-root", paramLabel = "PREFIX", defaultValue = "",
            description = "Put before commands that need root, e.g. 'sudo -n' (default: discovered).")
    String rootPrefix;

    @Option(names = "--prefix-ovs", paramLabel = "PREFIX", defaultValue = "",
            description = "Reach ovs-ofctl/ovs-vsctl/ovs-appctl this way (default: discovered).")
    String ovsPrefix;

    @Option(names = "--prefix-nb", paramLabel = "PREFIX", defaultValue = "",
            description = "Reach ovn-nbctl this way, e.g. 'oc -n openshift-ovn-kubernetes exec POD -c northd --' "
                    + "(default: discovered).")
    String northboundPrefix;

    @Option(names = "--prefix-kube", paramLabel = "oc|kubectl", defaultValue = "",
            description = "The Kubernetes client (default: discovered).")
    String kubernetesPrefix;

    ConnectionProfile profile() {
        AuthChoice choice = auth.identity != null ? new AuthChoice.KeyFile(auth.identity)
                : auth.password ? new AuthChoice.Password() : new AuthChoice.Agent();
        return new ConnectionProfile(null, host, port, user, choice, Optional.ofNullable(jump),
                Optional.ofNullable(knownHosts),
                new ToolPrefixes(rootPrefix, ovsPrefix, northboundPrefix, kubernetesPrefix), false);
    }
}
