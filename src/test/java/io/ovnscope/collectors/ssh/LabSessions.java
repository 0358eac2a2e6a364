package io.ovnscope.collectors.ssh;

import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.testing.LabNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Connects to a lab the way the tests need it: its user key, a known_hosts that trusts its current host key. */
final class LabSessions {
    private LabSessions() {
    }

    static SshTarget target(LabNode lab) {
        return SshTarget.of("root", lab.host(), lab.port());
    }

    static SshAuth userKey(LabNode lab) {
        return new SshAuth.KeyFile(lab.userKey(), PassphrasePrompt.NONE);
    }

    /** A known_hosts file in {@code dir} that lists the lab's host key. */
    static KnownHostsFile trusting(LabNode lab, Path dir) throws IOException {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, lab.knownHostsLine() + "\n");
        return new KnownHostsFile(file);
    }

    static SshNodeShell connect(LabNode lab, Path dir) throws IOException, NodeConnectException {
        return new SshConnector().connect(target(lab), userKey(lab),
                HostKeyPolicy.asking(trusting(lab, dir), HostKeyPrompt.REFUSE));
    }
}
