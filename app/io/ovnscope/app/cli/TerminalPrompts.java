package io.ovnscope.app.cli;

import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.HostKeyQuestion;
import io.ovnscope.core.node.PassphrasePrompt;
import java.io.Console;
import java.io.PrintWriter;

/**
 * Asks the person at the terminal, as OpenSSH does. Without a terminal (a script, CI) nothing is asked: an
 * unknown host key is refused with the fingerprint and the advice to verify it and pass --accept-new.
 */
final class TerminalPrompts {
    private final Console console = System.console();
    private final PrintWriter err;

    TerminalPrompts(PrintWriter err) {
        this.err = err;
    }

    HostKeyPrompt hostKeys() {
        return question -> {
            describe(question);
            if (console == null) {
                err.println("ovnscope: no terminal to ask on: verify the fingerprint with the node's owner, "
                        + "then run again with --accept-new");
                return false;
            }
            String answer = console.readLine("Are you sure you want to continue connecting (yes/no)? ");
            return answer != null && answer.strip().equalsIgnoreCase("yes");
        };
    }

    PassphrasePrompt passphrases() {
        return (keyFile, attempt) -> console == null ? null
                : console.readPassword("Enter passphrase for key '%s': ", keyFile);
    }

    char[] password(String address) {
        if (console == null) {
            return new char[0];
        }
        return console.readPassword("%s's password: ", address);
    }

    /** A yes/no question; without a terminal the answer is no. */
    boolean confirm(String question) {
        if (console == null) {
            return false;
        }
        String answer = console.readLine("%s (yes/no)? ", question);
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }

    boolean hasTerminal() {
        return console != null;
    }

    private void describe(HostKeyQuestion question) {
        err.printf("The authenticity of host '%s' can't be established.%n", hostAndPort(question));
        err.printf("%s key fingerprint is %s.%n", question.keyType(), question.fingerprint());
        if (!question.note().isBlank()) {
            err.println(question.note());
        }
        err.printf("It would be added to %s.%n", question.knownHosts());
        err.flush();
    }

    private static String hostAndPort(HostKeyQuestion q) {
        return q.port() == 22 ? q.host() : "[" + q.host() + "]:" + q.port();
    }
}
