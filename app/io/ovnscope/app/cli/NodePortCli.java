package io.ovnscope.app.cli;

import io.ovnscope.app.Wiring;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "nodeport", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {
            "The NodePort flow set of seed 000 on a bridge: plan it, install it, add or remove a NodePort, remove it,",
            "see what the bridge holds. These are the only commands with which ovnscope changes a node: each write",
            "is one atomic OpenFlow bundle, shown and confirmed first, checked by a dump after, and written to the",
            "audit log. Exit 0 when done as planned, 1 when refused or not as planned, 2 for bad usage."},
        subcommands = {NodePortPlanCommand.class, NodePortStatusCommand.class, NodePortWriteCommand.Install.class,
            NodePortWriteCommand.Remove.class, NodePortWriteCommand.AddPort.class,
            NodePortWriteCommand.RemovePort.class, NodePortLogCommand.class})
final class NodePortCli implements Callable<Integer> {
    @ParentCommand
    OvnscopeCommand parent;

    @Spec
    CommandSpec spec;

    Wiring wiring() {
        return parent.wiring();
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return CommandLineMain.OK;
    }
}
