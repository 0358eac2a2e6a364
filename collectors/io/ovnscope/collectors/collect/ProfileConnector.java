package io.ovnscope.collectors.collect;

import io.ovnscope.collectors.ssh.HostKeyPolicy;
import io.ovnscope.collectors.ssh.KnownHostsFile;
import io.ovnscope.collectors.ssh.SshAuth;
import io.ovnscope.collectors.ssh.SshConnector;
import io.ovnscope.collectors.ssh.SshNodeShell;
import io.ovnscope.collectors.ssh.SshTarget;
import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector.CollectRequest;
import io.ovnscope.core.node.NodeConnectException;
import java.nio.file.Path;

/** Opens the SSH connection a saved profile describes: the one way both collecting and NodePort writes connect. */
public final class ProfileConnector {
    private final SshConnector connector;

    public ProfileConnector(SshConnector connector) {
        this.connector = connector;
    }

    public SshNodeShell connect(CollectRequest request) throws NodeConnectException {
        return connector.connect(target(request.profile()), auth(request), hostKeys(request));
    }

    private static SshTarget target(ConnectionProfile profile) {
        SshTarget target = SshTarget.of(profile.user(), profile.host(), profile.port());
        return profile.jump().map(j -> target.withJump(SshTarget.Jump.parse(j, profile.user()))).orElse(target);
    }

    private static SshAuth auth(CollectRequest request) throws NodeConnectException {
        AuthChoice choice = request.profile().auth();
        if (choice instanceof AuthChoice.KeyFile key) {
            return new SshAuth.KeyFile(Path.of(key.path()), request.passphrases());
        }
        if (choice instanceof AuthChoice.Agent) {
            SshAuth.Agent agent = SshAuth.Agent.fromEnvironment();
            if (agent == null) {
                throw new NodeConnectException(NodeConnectException.Failure.AGENT, "no SSH agent here: "
                        + "SSH_AUTH_SOCK is not set; start ssh-agent and ssh-add your key, or choose a key file");
            }
            return agent;
        }
        if (request.password() == null || request.password().length == 0) {
            throw new NodeConnectException(NodeConnectException.Failure.AUTH_REFUSED,
                    "no password given for " + request.profile().address());
        }
        return new SshAuth.Password(request.password());
    }

    private static HostKeyPolicy hostKeys(CollectRequest request) {
        KnownHostsFile file = request.profile().knownHosts()
                .map(p -> new KnownHostsFile(Path.of(p)))
                .orElseGet(KnownHostsFile::userDefault);
        return HostKeyPolicy.asking(file, request.hostKeys()).withAcceptNew(request.acceptNew());
    }
}
