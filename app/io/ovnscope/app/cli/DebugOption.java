package io.ovnscope.app.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The global {@code --debug} flag: a failure then prints its stack trace after the one-line message. */
public final class DebugOption {
    static final String NAME = "--debug";

    @Option(names = NAME, scope = ScopeType.INHERIT, description = "On failure, print the stack trace too.")
    boolean debug;

    static boolean requested(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(NAME)) {
                return true;
            }
        }
        return false;
    }
}
