package io.ovnscope.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private userspace Open vSwitch for tests: its own ovsdb-server and ovs-vswitchd ({@code --disable-system},
 * netdev bridges, dummy ports) in a fresh run directory. ovs-vswitchd runs in a network namespace of its own,
 * because a netdev bridge's tap device is persistent and would otherwise land in the machine's own network;
 * deleting the namespace deletes the taps. It stops exactly the two processes it started and deletes the
 * namespace and the directory. It skips the tests (an assumption, with the reason) only when the binaries or the
 * schema are missing. It needs root, as CI has: a netdev bridge opens a tap device. Use it as
 * {@code @RegisterExtension static final UserspaceOvs OVS = new UserspaceOvs();}.
 */
public final class UserspaceOvs implements BeforeAllCallback, AfterAllCallback {
    private static final String SCHEMA = "/usr/share/openvswitch/vswitch.ovsschema";
    private static final List<String> BINARIES = List.of("ovsdb-tool", "ovsdb-server", "ovs-vswitchd", "ovs-vsctl",
            "ovs-ofctl");
    private static final long COMMAND_SECONDS = 30;

    private final String namespace = "ovnscope-ovs-" + ProcessHandle.current().pid() + "-"
            + Integer.toHexString(System.identityHashCode(this));
    private boolean namespaceMade;
    private Path runDir;
    private Process database;
    private Process switchd;

    /** What a command printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue(find("ip") != null, "no ip command: install the Debian package iproute2");
        for (String binary : BINARIES) {
            Assumptions.assumeTrue(find(binary) != null,
                    "Open vSwitch is not installed here (no " + binary + " on PATH, /usr/sbin or /usr/bin): "
                            + "install the Debian package openvswitch-switch to run this test");
        }
        Assumptions.assumeTrue(Files.exists(Path.of(SCHEMA)), "no " + SCHEMA + ": install openvswitch-common");
        runDir = Files.createTempDirectory("ovnscope-ovs-");
        Path db = runDir.resolve("conf.db");
        check(run("ovsdb-tool", "create", db.toString(), SCHEMA));
        database = start("ovsdb-server", List.of(db.toString(), "--remote=punix:" + socket(),
                "--unixctl=" + runDir.resolve("ovsdb-server.ctl"), "--log-file=" + runDir.resolve("ovsdb-server.log")),
                "ovsdb-server.out");
        waitFor(socket());
        check(vsctl("--no-wait", "init"));
        check(run("ip", "netns", "add", namespace));
        namespaceMade = true;
        switchd = start("ip", List.of("netns", "exec", namespace, find("ovs-vswitchd"), "unix:" + socket(), "--disable-system", "--enable-dummy",
                "--unixctl=" + runDir.resolve("ovs-vswitchd.ctl"), "--log-file=" + runDir.resolve("ovs-vswitchd.log")),
                "ovs-vswitchd.out");
        waitFor(runDir.resolve("ovs-vswitchd.ctl"));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop(switchd);
        stop(database);
        if (namespaceMade) {
            run("ip", "netns", "delete", namespace);
        }
        if (runDir != null) {
            try (Stream<Path> files = Files.walk(runDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Adds a netdev bridge and returns its name; its tap device lives in this switch's namespace. */
    public String addBridge(String name) {
        check(vsctl("add-br", name, "--", "set", "bridge", name, "datapath_type=netdev"));
        try {
            // ovs-vsctl returns once the switch took the bridge; its OpenFlow socket may come a moment later.
            waitFor(runDir.resolve(name + ".mgmt"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** Adds a dummy port with the OpenFlow number asked for. */
    public void addPort(String bridge, String port, int ofport) {
        check(vsctl("add-port", bridge, port, "--", "set", "interface", port, "type=dummy",
                "ofport_request=" + ofport));
    }

    /** Runs a command inside this switch's network namespace, where its internal ports' devices are. */
    public Result inNamespace(String... command) {
        List<String> arguments = new ArrayList<>(List.of("netns", "exec", namespace));
        arguments.add(find(command[0]) == null ? command[0] : find(command[0]));
        arguments.addAll(List.of(command).subList(1, command.length));
        return run("ip", arguments.toArray(String[]::new));
    }

    public Result vsctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("--db=unix:" + socket(), "--timeout=" + COMMAND_SECONDS));
        command.addAll(List.of(arguments));
        return run("ovs-vsctl", command.toArray(String[]::new));
    }

    public Result ofctl(String... arguments) {
        return run("ovs-ofctl", arguments);
    }

    /** ovs-appctl aimed at this switch's ovs-vswitchd (bridge/dump-flows, netdev-dummy/receive...). */
    public Result appctl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("-t", runDir.resolve("ovs-vswitchd.ctl").toString()));
        command.addAll(List.of(arguments));
        return run("ovs-appctl", command.toArray(String[]::new));
    }

    public Path runDir() {
        return runDir;
    }

    /** Runs an OVS tool with this switch's environment. */
    public Result run(String binary, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(find(binary));
        command.addAll(List.of(arguments));
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            environment(builder.environment());
            Path out = Files.createTempFile(runDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : runDir,
                    "out", ".txt");
            Path err = Files.createTempFile(out.getParent(), "err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                    new File("/dev/null")));
            Process process = builder.start();
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in " + COMMAND_SECONDS + " s");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process start(String binary, List<String> arguments, String output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(find(binary));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(runDir.resolve(output).toFile());
        environment(builder.environment());
        return builder.start();
    }

    private void environment(Map<String, String> env) {
        if (runDir != null) {
            env.put("OVS_RUNDIR", runDir.toString());
            env.put("OVS_DBDIR", runDir.toString());
            env.put("OVS_LOGDIR", runDir.toString());
            env.put("OVS_SYSCONFDIR", runDir.toString());
        }
        env.put("OVS_PKGDATADIR", "/usr/share/openvswitch");
    }

    private Path socket() {
        return runDir.resolve("db.sock");
    }

    private void waitFor(Path path) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(path)) {
            if (System.nanoTime() > deadline || (database != null && !database.isAlive())
                    || (switchd != null && !switchd.isAlive())) {
                throw new IllegalStateException("Open vSwitch did not start: no " + path + "; see the logs in " + runDir);
            }
            Thread.sleep(20);
        }
    }

    private static void stop(Process process) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static Result check(Result result) {
        if (!result.ok()) {
            throw new IllegalStateException("OVS command failed (" + result.exitCode() + "): " + result.stderr());
        }
        return result;
    }

    private static String find(String binary) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin"));
        for (String dir : dirs) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, binary))) {
                return Path.of(dir, binary).toString();
            }
        }
        return null;
    }
}
