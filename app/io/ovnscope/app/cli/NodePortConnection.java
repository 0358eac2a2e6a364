package io.ovnscope.app.cli;

import io.ovnscope.app.Wiring;
import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.nodeport.NodePortSession;
import java.io.PrintWriter;
import java.util.Arrays;

/** Connects as `collect` does and opens the NodePort set of one bridge on that connection. */
final class NodePortConnection {
    private final Wiring wiring;
    private final ConnectionOptions options;
    private final ConnectionProfile profile;
    private final String bridge;
    private final TerminalPrompts prompts;

    NodePortConnection(Wiring wiring, ConnectionOptions options, boolean readOnly, String bridge, PrintWriter err) {
        this.wiring = wiring;
        this.options = options;
        ConnectionProfile given = options.profile();
        this.profile = new ConnectionProfile(given.name(), given.host(), given.port(), given.user(), given.auth(),
                given.jump(), given.knownHosts(), given.prefixes(), readOnly);
        this.bridge = bridge;
        this.prompts = new TerminalPrompts(err);
    }

    TerminalPrompts prompts() {
        return prompts;
    }

    NodePortSession open() throws NodeConnectException {
        char[] password = profile.auth() instanceof AuthChoice.Password ? prompts.password(profile.address())
                : new char[0];
        try {
            return wiring.nodePortAccess().open(profile, password, prompts.hostKeys(), prompts.passphrases(),
                    options.acceptNew, bridge);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
