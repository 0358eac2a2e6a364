package io.ovnscope.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** OpenSSH's own tools, run as a user would, so tests take expected values from OpenSSH rather than our code. */
public final class OpenSsh {
    private OpenSsh() {
    }

    /** {@code ssh-keygen -lf FILE}: the key's fingerprint as OpenSSH prints it, e.g. {@code SHA256:abc...}. */
    public static String fingerprint(Path publicKeyOrKnownHosts) throws IOException, InterruptedException {
        return Lab.Shell.run(List.of("ssh-keygen", "-lf", publicKeyOrKnownHosts.toString()), 20).split(" ")[1];
    }

    /** Makes a new key pair with ssh-keygen; {@code extra} e.g. {@code -m PEM}. Returns the private key file. */
    public static Path newKey(Path dir, String name, String type, String passphrase, String... extra)
            throws IOException, InterruptedException {
        Path key = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("ssh-keygen", "-q", "-t", type, "-N", passphrase,
                "-C", name, "-f", key.toString()));
        command.addAll(List.of(extra));
        Lab.Shell.run(command, 60);
        return key;
    }

    /** Runs any OpenSSH tool (ssh-keygen, ssh-keyscan, ...) and returns what it printed. */
    public static String run(String... command) throws IOException, InterruptedException {
        return Lab.Shell.run(List.of(command), 60);
    }
}
