package io.ovnscope.app.cli;

import io.ovnscope.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {
            "Builds a snapshot from a folder of raw outputs: a sosreport, a must-gather, or files named after",
            "the commands (e.g. 'ovs-ofctl dump-flows br-int.txt'). Exit 0 when written, 1 when nothing",
            "ovnscope reads is in the folder."})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    OvnscopeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The folder to import.")
    Path folder;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the snapshot (.json, or .json.gz to compress).")
    Path output;

    @Option(names = "--node", paramLabel = "NAME",
            description = "The node's name (default: the sosreport's hostname file, else the folder's name).")
    String node;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Snapshot snapshot = parent.wiring().folderImport().read(folder, Optional.ofNullable(node));
            parent.wiring().snapshotFiles().save(snapshot, output);
            err.printf("ovnscope import: wrote %s: %d outputs from %s, %d lines not understood%n", output,
                    snapshot.outputs().size(), snapshot.source().node(), snapshot.problemCount());
            snapshot.outputs().forEach(o -> err.printf("  %-28s %s%n", o.item(), o.command()));
            snapshot.gaps().forEach(g -> err.printf("  skipped %s: %s%n", g.item(), g.reason()));
            return CommandLineMain.OK;
        } catch (IOException e) {
            err.println("ovnscope import: " + OneLine.describe(e));
            return CommandLineMain.FAILED;
        }
    }
}
