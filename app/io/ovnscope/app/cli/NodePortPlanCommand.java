package io.ovnscope.app.cli;

import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.nodeport.NodePortProgram;
import io.ovnscope.core.nodeport.PlannedFlow;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {"Prints the flows of the set, one per line, as ovs-ofctl add-flows reads them. Needs no node."})
final class NodePortPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    NodePortParameterOptions options;

    @Override
    public Integer call() {
        NodePortParameters parameters = options.parameters(spec.commandLine().getErr());
        if (parameters == null) {
            return CommandLineMain.USAGE;
        }
        for (PlannedFlow flow : NodePortProgram.flows(parameters)) {
            spec.commandLine().getOut().println(flow.text());
        }
        return CommandLineMain.OK;
    }
}
