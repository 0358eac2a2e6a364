package io.ovnscope.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one place that knows how the lab's sshd runs: its pid file, config and host key. Stops and restarts it for
 * fault tests. It kills only processes the lab started, by their ids.
 */
public final class LabSshd {
    private final Path dir;

    LabSshd(Path dir) {
        this.dir = dir;
    }

    /**
     * Stops the listener and the sshd process of every session, which drops every connection, as a node whose
     * sshd dies would. The commands the sessions run are left to end on their own: killing a login shell
     * midway through root's .bashrc can leave a tool's lock file behind (pyenv's rehash lock did, and then
     * every later login waited 60 s for it).
     */
    public void stop() throws IOException, InterruptedException {
        Optional<ProcessHandle> listener = listener();
        if (listener.isEmpty()) {
            return;
        }
        List<ProcessHandle> sessions = listener.get().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/sshd")).orElse(false)).toList();
        sessions.forEach(ProcessHandle::destroyForcibly);
        listener.get().destroy();
        sessions.forEach(p -> p.onExit().join());
        listener.get().onExit().join();
    }

    /** Ends the open sessions and the commands they run (a timed-out {@code sleep 600}); keeps the listener. */
    public void killSessions() throws IOException {
        Optional<ProcessHandle> listener = listener();
        if (listener.isEmpty()) {
            return;
        }
        List<ProcessHandle> sessions = listener.get().descendants().toList();
        sessions.forEach(ProcessHandle::destroyForcibly);
        sessions.forEach(p -> p.onExit().join());
    }

    /** Starts sshd again with the lab's config (on the same port, with whatever host key is there now). */
    public void start() throws IOException, InterruptedException {
        Files.deleteIfExists(dir.resolve("sshd.pid"));
        Lab.Shell.run(List.of("/usr/sbin/sshd", "-f", dir.resolve("sshd_config").toString(),
                "-E", dir.resolve("sshd.log").toString()), 20);
        for (int i = 0; i < 100 && !Files.exists(dir.resolve("sshd.pid")); i++) {
            Thread.sleep(20);
        }
    }

    /** Gives the server a new ed25519 host key (as a reinstalled node would have) and restarts it. */
    public void replaceHostKey() throws IOException, InterruptedException {
        stop();
        Path key = dir.resolve("ssh_host_ed25519_key");
        Files.deleteIfExists(key);
        Files.deleteIfExists(dir.resolve("ssh_host_ed25519_key.pub"));
        Lab.Shell.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ovnscope-lab-host-2",
                "-f", key.toString()), 20);
        start();
    }

    private Optional<ProcessHandle> listener() throws IOException {
        Path pidFile = dir.resolve("sshd.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
        return ProcessHandle.of(pid);
    }
}
