package io.ovnscope.testing;

import io.ovnscope.collectors.catalog.CommandCatalog;
import io.ovnscope.collectors.collect.SshSnapshotCollector;
import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.snapshot.SnapshotAssembler;
import io.ovnscope.collectors.ssh.SshConnector;
import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector.CollectRequest;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.core.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** A whole collection of the lab over its real sshd, as the app makes it, with the lab's host key trusted. */
public final class LabCollection {
    private LabCollection() {
    }

    /** Root on the lab with its key, tools found by discovery, and the lab's host key written to {@code knownHosts}. */
    public static ConnectionProfile profile(LabNode lab, Path knownHosts) throws IOException {
        Files.writeString(knownHosts, lab.knownHostsLine() + "\n");
        return new ConnectionProfile("lab", lab.host(), lab.port(), "root",
                new AuthChoice.KeyFile(lab.userKey().toString()), Optional.empty(),
                Optional.of(knownHosts.toString()), ToolPrefixes.DISCOVER, true);
    }

    /** A request that refuses any host key not already known and asks for no passphrase. */
    public static CollectRequest request(ConnectionProfile profile) {
        return new CollectRequest(profile, new char[0], HostKeyPrompt.REFUSE, PassphrasePrompt.NONE, false);
    }

    public static SshSnapshotCollector collector() {
        return new SshSnapshotCollector(new SshConnector(), CommandCatalog.builtIn(),
                new SnapshotAssembler(OutputKinds.all()), Clock.systemUTC());
    }

    public static Snapshot collect(LabNode lab) throws Exception {
        Path home = Files.createTempDirectory("ovnscope-lab-home");
        Path knownHosts = home.resolve("known_hosts");
        try {
            return collector().collect(request(profile(lab, knownHosts)), CollectionListener.NONE,
                    CancelToken.none());
        } finally {
            Files.deleteIfExists(knownHosts);
            Files.deleteIfExists(home);
        }
    }
}
