package io.ovnscope.views.connect;

import io.ovnscope.core.collect.ToolPrefixes;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/** What is wrong with one field of the Connect form, said so the user knows what to type; empty when fine. */
final class FormChecks {
    private static final Pattern JUMP = Pattern.compile("([^@\\s]+@)?[^@\\s:]+(:\\d{1,5})?");

    private FormChecks() {
    }

    static Optional<String> host(String host) {
        String text = host.strip();
        if (text.isEmpty()) {
            return Optional.of("Give the node's host name or address");
        }
        if (text.chars().anyMatch(Character::isWhitespace) || text.contains("@")) {
            return Optional.of("Only the host here (no spaces, no user@)");
        }
        return Optional.empty();
    }

    static Optional<String> port(String port) {
        try {
            int number = Integer.parseInt(port.strip());
            if (number >= 1 && number <= 65535) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        return Optional.of("The port is a number from 1 to 65535");
    }

    static Optional<String> user(String user) {
        String text = user.strip();
        if (text.isEmpty()) {
            return Optional.of("Give the user to log in as");
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("A user name has no spaces");
        }
        return Optional.empty();
    }

    static Optional<String> keyFile(String file) {
        String text = file.strip();
        if (text.isEmpty()) {
            return Optional.of("Choose the private key file");
        }
        try {
            if (!Files.isRegularFile(HomePaths.expand(text))) {
                return Optional.of("No such file: " + text);
            }
        } catch (InvalidPathException e) {
            return Optional.of("Not a file name: " + text);
        }
        return Optional.empty();
    }

    static Optional<String> jump(String jump) {
        String text = jump.strip();
        if (text.isEmpty() || JUMP.matcher(text).matches() && jumpPortFits(text)) {
            return Optional.empty();
        }
        return Optional.of("Write the jump host as [user@]host[:port], or leave it empty");
    }

    private static boolean jumpPortFits(String jump) {
        int colon = jump.lastIndexOf(':');
        return colon < 0 || port(jump.substring(colon + 1)).isEmpty();
    }

    static Optional<String> knownHosts(String file) {
        String text = file.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path path = HomePaths.expand(text);
            Path folder = path.toAbsolutePath().getParent();
            return folder == null || Files.isDirectory(folder) ? Optional.empty()
                    : Optional.of("No such folder: " + folder);
        } catch (InvalidPathException e) {
            return Optional.of("Not a file name: " + text);
        }
    }

    /** The same rule the profile applies, so the form refuses what the profile would. */
    static Optional<String> rootPrefix(String prefix) {
        return prefixProblem(() -> new ToolPrefixes(prefix, "", "", ""));
    }

    static Optional<String> ovsPrefix(String prefix) {
        return prefixProblem(() -> new ToolPrefixes("", prefix, "", ""));
    }

    static Optional<String> northboundPrefix(String prefix) {
        return prefixProblem(() -> new ToolPrefixes("", "", prefix, ""));
    }

    static Optional<String> kubernetesPrefix(String prefix) {
        return prefixProblem(() -> new ToolPrefixes("", "", "", prefix));
    }

    /** The profile's own rule decides, so the form never accepts what the profile would refuse. */
    private static Optional<String> prefixProblem(Runnable build) {
        try {
            build.run();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
