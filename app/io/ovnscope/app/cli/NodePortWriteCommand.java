package io.ovnscope.app.cli;

import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.nodeport.FlowDumpFailed;
import io.ovnscope.core.nodeport.FlowSetDiff;
import io.ovnscope.core.nodeport.InvalidNodePortParameters;
import io.ovnscope.core.nodeport.NodePortCommand;
import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.nodeport.NodePortSession;
import io.ovnscope.core.nodeport.Preview;
import io.ovnscope.core.nodeport.Refusal;
import io.ovnscope.core.nodeport.Verification;
import io.ovnscope.core.nodeport.WriteResult;
import io.ovnscope.core.snapshot.Outcome;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A write: shows the exact commands and the diff against a fresh dump, stops at any refusal, asks (unless
 * --yes), runs, checks by a dump, and says which state the bridge is in; after a lost connection it connects
 * again to find out.
 */
abstract class NodePortWriteCommand implements Callable<Integer> {
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

    @Option(names = "--yes", description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    @Option(names = "--read-only", description = "Treat the node as read-only: every write is refused.")
    boolean readOnly;

    /** The edit, from the parameters of the set as installed now (or to be installed). */
    abstract NodePortCommand command(NodePortParameters parameters);

    @Override
    public Integer call() throws FlowDumpFailed {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NodePortParameters parameters = options.parameters(err);
        if (parameters == null) {
            return CommandLineMain.USAGE;
        }
        NodePortCommand command;
        try {
            command = command(parameters);
        } catch (InvalidNodePortParameters e) {
            e.errors().forEach(f -> err.println("ovnscope nodeport: --" + f.field() + ": " + f.message()));
            return CommandLineMain.USAGE;
        }
        NodePortConnection node = new NodePortConnection(nodeport.wiring(), connection, readOnly, bridge, err);
        Verification verification;
        try (NodePortSession target = node.open()) {
            Preview preview = target.preview(command);
            show(out, preview);
            if (!preview.allowed()) {
                refuse(err, preview);
                return CommandLineMain.FAILED;
            }
            if (!yes && !confirmed(node, err, command.description() + " on " + target.address())) {
                return CommandLineMain.FAILED;
            }
            WriteResult result = target.apply(preview);
            reportRuns(err, result);
            verification = result.verification();
            out.println(verification.state() + ": " + verification.message());
            if (verification.state() == Verification.State.DIFFERENT) {
                verification.diff().missing().forEach(f -> out.println("  missing: " + f.text()));
                verification.diff().unexpected().forEach(f -> out.println("  not planned: " + f));
                offerRollback(node, target, command, out, err);
            }
        } catch (NodeConnectException e) {
            err.println("ovnscope nodeport: " + e.getMessage());
            return CommandLineMain.FAILED;
        }
        if (verification.state() == Verification.State.UNKNOWN) {
            verification = recheck(node, command, out, err);
        }
        return verification.state() == Verification.State.AS_PLANNED ? CommandLineMain.OK : CommandLineMain.FAILED;
    }

    private static void show(PrintWriter out, Preview preview) {
        out.println("commands (on " + preview.bridge() + "):");
        preview.commandText().forEach(line -> out.println("  " + line));
        out.println("diff against the bridge now:");
        preview.diff().forEach(line -> out.println("  " + line));
        out.flush();
    }

    private static void refuse(PrintWriter err, Preview preview) {
        for (Refusal refusal : preview.refusals()) {
            err.println("ovnscope nodeport: refused: " + refusal.reason());
            refusal.show().forEach(line -> err.println("    " + line));
        }
    }

    private static boolean confirmed(NodePortConnection node, PrintWriter err, String what) {
        if (!node.prompts().hasTerminal()) {
            err.println("ovnscope nodeport: no terminal to confirm on: run again with --yes to " + what);
            return false;
        }
        return node.prompts().confirm(capitalized(what));
    }

    private static void reportRuns(PrintWriter err, WriteResult result) {
        for (CommandRun run : result.runs()) {
            if (run.outcome() != Outcome.COMPLETED) {
                err.println("ovnscope nodeport: `" + firstWords(run.command()) + "`: " + run.failure());
            }
        }
    }

    private void offerRollback(NodePortConnection node, NodePortSession target, NodePortCommand command,
                               PrintWriter out, PrintWriter err) throws FlowDumpFailed {
        NodePortCommand undo = command.inverse();
        if (!node.prompts().hasTerminal() || !node.prompts().confirm("Roll back: " + undo.description())) {
            err.println("ovnscope nodeport: not rolled back; to put the bridge back: " + undo.description());
            return;
        }
        Preview preview = target.preview(undo);
        if (!preview.allowed()) {
            refuse(err, preview);
            return;
        }
        Verification back = target.apply(preview).verification();
        out.println("rollback " + back.state() + ": " + back.message());
    }

    /** The connection went during the write: connect again and say whether the change is there, all or none. */
    private static Verification recheck(NodePortConnection node, NodePortCommand command, PrintWriter out,
                                        PrintWriter err) {
        try (NodePortSession session = node.open()) {
            Verification again = session.verify(command);
            out.println("after connecting again: " + again.state() + ": " + again.message());
            return again;
        } catch (NodeConnectException e) {
            err.println("ovnscope nodeport: cannot connect again to check: " + e.getMessage()
                    + "; run `ovnscope nodeport status` later");
            return new Verification(Verification.State.UNKNOWN, FlowSetDiff.none(), e.getMessage());
        }
    }

    private static String firstWords(String command) {
        int pipe = command.lastIndexOf(" | ");
        return pipe < 0 ? command : command.substring(pipe + 3);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Command(name = "install", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
            description = {"Installs the set in one atomic bundle on a bridge that holds none of it."})
    static final class Install extends NodePortWriteCommand {
        @Override
        NodePortCommand command(NodePortParameters parameters) {
            return new NodePortCommand.Install(parameters);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
            description = {"Removes every flow with the set's cookie (full mask: no other flow is touched)."})
    static final class Remove extends NodePortWriteCommand {
        @Override
        NodePortCommand command(NodePortParameters parameters) {
            return new NodePortCommand.RemoveAll(parameters);
        }
    }

    @Command(name = "add-port", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
            description = {"Adds one NodePort (its two flows) to the installed set, whose ports --node-port names."})
    static final class AddPort extends NodePortWriteCommand {
        @Parameters(index = "0", paramLabel = "PORT", description = "The NodePort to add.")
        int port;

        @Override
        NodePortCommand command(NodePortParameters parameters) {
            return new NodePortCommand.AddPort(parameters, port);
        }
    }

    @Command(name = "remove-port", mixinStandardHelpOptions = true,
            versionProvider = OvnscopeCommand.JarVersion.class,
            description = {"Removes one NodePort (exactly its two flows) of the installed set, whose ports --node-port",
                "names."})
    static final class RemovePort extends NodePortWriteCommand {
        @Parameters(index = "0", paramLabel = "PORT", description = "The NodePort to remove.")
        int port;

        @Override
        NodePortCommand command(NodePortParameters parameters) {
            return new NodePortCommand.RemovePort(parameters, port);
        }
    }
}
