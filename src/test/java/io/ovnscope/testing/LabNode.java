package io.ovnscope.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A running lab as a test sees it: the sshd on 127.0.0.1 with its port and host key, the user key that logs in
 * as root, and {@link #sshd()} for tests that stop sshd or change its host key.
 */
public record LabNode(Path dir, String host, int port, Path hostPublicKey, Path userKey) {
    static LabNode at(Path dir) throws IOException {
        int port = Integer.parseInt(Files.readString(dir.resolve("ssh.port"), StandardCharsets.US_ASCII).strip());
        return new LabNode(dir, "127.0.0.1", port, dir.resolve("ssh_host_ed25519_key.pub"),
                dir.resolve("id_ed25519"));
    }

    /** The host key as OpenSSH writes it ({@code ssh-ed25519 AAAA... comment}). */
    public String hostPublicKeyLine() throws IOException {
        return Files.readString(hostPublicKey, StandardCharsets.US_ASCII).strip();
    }

    /** A known_hosts line for this lab, as {@code ssh} would write it unhashed. */
    public String knownHostsLine() throws IOException {
        String[] parts = hostPublicKeyLine().split(" ");
        return "[" + host + "]:" + port + " " + parts[0] + " " + parts[1];
    }

    /** Lets the key whose public half is in {@code publicKey} log in as root too. */
    public void authorize(Path publicKey) throws IOException {
        Files.writeString(dir.resolve("authorized_keys"), Files.readString(publicKey, StandardCharsets.US_ASCII),
                StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * A command that prints {@code before}, then hangs for ten minutes as the pid it writes to {@code pidName}
     * in the lab dir. A client that gives up on a command only closes its channel, and sshd (with no terminal)
     * leaves the command running, so a test that hangs one ends it with {@link #killRecorded}.
     */
    public String hangingCommand(String pidName) {
        return "echo before; echo $$ >" + dir.resolve(pidName) + "; exec sleep 600";
    }

    /** Kills the process whose id a {@link #hangingCommand} wrote, if it still runs. */
    public void killRecorded(String pidName) throws IOException {
        Path pidFile = dir.resolve(pidName);
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /**
     * Runs a command in the lab as an SSH session would (its namespace, its OVS and OVN sockets), but from
     * here, without SSH: for a test to look at the lab's state behind the collector's back.
     */
    public String inside(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(dir.resolve("lab-shell").toString()).redirectErrorStream(true);
        builder.environment().put("SSH_ORIGINAL_COMMAND", command);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("`" + command + "` failed in the lab: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    public LabSshd sshd() {
        return new LabSshd(dir);
    }
}
