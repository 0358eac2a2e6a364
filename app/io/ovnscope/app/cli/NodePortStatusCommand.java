package io.ovnscope.app.cli;

import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.nodeport.FlowDumpFailed;
import io.ovnscope.core.nodeport.FlowSetDiff;
import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.nodeport.NodePortSession;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {"Says which flows of the set the bridge holds, which are missing, and which other flows carry",
            "its cookie. Only reads. Exit 0 when the bridge holds exactly the set or none of it, 1 otherwise."})
final class NodePortStatusCommand implements Callable<Integer> {
    @ParentCommand
    NodePortCli nodeport;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    NodePortParameterOptions options;

    @Option(names = "--bridge", defaultValue = "br-int", paramLabel = "BRIDGE",
            description = "The bridge (default ${DEFAULT-VALUE}).")
    String bridge;

    @Override
    public Integer call() throws FlowDumpFailed {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NodePortParameters parameters = options.parameters(err);
        if (parameters == null) {
            return CommandLineMain.USAGE;
        }
        NodePortConnection connection = new NodePortConnection(nodeport.wiring(), this.connection, true, bridge, err);
        try (NodePortSession session = connection.open()) {
            FlowSetDiff diff = session.status(parameters);
            int planned = diff.present().size() + diff.missing().size();
            if (diff.exact()) {
                out.printf("installed: %s holds all %d flows of the set%n", bridge, planned);
            } else if (diff.empty()) {
                out.printf("not installed: %s holds none of the %d flows of the set%n", bridge, planned);
            } else {
                out.printf("partly: %s holds %d of the %d flows of the set, and %d other flows with its cookie%n",
                        bridge, diff.present().size(), planned, diff.unexpected().size());
            }
            diff.missing().forEach(f -> out.println("  missing: " + f.text()));
            diff.unexpected().forEach(f -> out.println("  not in the set: " + f));
            return diff.exact() || diff.empty() ? CommandLineMain.OK : CommandLineMain.FAILED;
        } catch (NodeConnectException e) {
            err.println("ovnscope nodeport: " + e.getMessage());
            return CommandLineMain.FAILED;
        }
    }
}
