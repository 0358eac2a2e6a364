package io.ovnscope.app.cli;

import io.ovnscope.core.nodeport.AuditEntry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "log", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {"Prints the audit log: every write ovnscope made on a node, oldest first."})
final class NodePortLogCommand implements Callable<Integer> {
    @ParentCommand
    NodePortCli nodeport;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (AuditEntry entry : nodeport.wiring().nodePortAccess().auditLog().entries()) {
            out.printf("%s %s@%s %s: %s%n", entry.time(), entry.user(), entry.host(), entry.bridge(), entry.result());
            entry.commands().forEach(c -> out.println("    " + c));
        }
        return CommandLineMain.OK;
    }
}
