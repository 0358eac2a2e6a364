package io.ovnscope.app.cli;

import io.ovnscope.app.Wiring;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the command line and turns every outcome into one of three exit codes. */
public final class CommandLineMain {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private CommandLineMain() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return execute(out, err, args);
        } catch (Exception | Error e) {
            // Only a bug or a broken installation gets here; still one line, no stack trace unless asked for.
            err.println("ovnscope: internal error: " + OneLine.describe(e));
            if (java.util.Arrays.asList(args).contains(DebugOption.NAME)) {
                e.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        }
    }

    private static int execute(PrintWriter out, PrintWriter err, String... args) {
        Wiring wiring = Wiring.fromEnvironment();
        CommandLine commandLine = new CommandLine(new OvnscopeCommand(wiring));
        commandLine.getSubcommands().get("parse").getCommandSpec().usageMessage()
                .footer(ParseCommand.kindsHelp(wiring.outputReader()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> FAILED);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            err.println("ovnscope: " + e.getMessage()
                    + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            err.println("ovnscope: " + OneLine.describe(e));
            if (DebugOption.requested(parsed)) {
                e.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        return commandLine.execute(args);
    }
}
