package io.ovnscope.collectors.nodeport;

import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.NodeShell;
import io.ovnscope.core.snapshot.Outcome;
import java.time.Duration;

/**
 * How ovs-ofctl is reached for writes: the profile's ovs prefix when it has one, else nothing as root and
 * {@code sudo -n} for another user who may use it (as collecting discovers it).
 */
public final class OvsPrefixProbe {
    private static final Duration QUICK = Duration.ofSeconds(15);

    private OvsPrefixProbe() {
    }

    public static String ovsPrefix(NodeShell shell, ToolPrefixes configured) {
        if (!configured.ovs().isEmpty()) {
            return configured.ovs();
        }
        if (!configured.root().isEmpty()) {
            return configured.root();
        }
        CommandRun id = shell.run(CommandSpec.of("id -u").withTimeout(QUICK), new CancelToken());
        if (ok(id) && id.stdout().strip().equals("0")) {
            return "";
        }
        return ok(shell.run(CommandSpec.of("sudo -n true").withTimeout(QUICK), new CancelToken())) ? "sudo -n" : "";
    }

    private static boolean ok(CommandRun run) {
        return run.outcome() == Outcome.COMPLETED && run.exitCode() != null && run.exitCode() == 0;
    }
}
