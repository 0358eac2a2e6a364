package io.ovnscope.bench;

import io.ovnscope.collectors.catalog.CommandCatalog;
import io.ovnscope.collectors.collect.SshSnapshotCollector;
import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.snapshot.SnapshotAssembler;
import io.ovnscope.collectors.ssh.HostKeyPolicy;
import io.ovnscope.collectors.ssh.KnownHostsFile;
import io.ovnscope.collectors.ssh.SshAuth;
import io.ovnscope.collectors.ssh.SshConnector;
import io.ovnscope.collectors.ssh.SshNodeShell;
import io.ovnscope.collectors.ssh.SshTarget;
import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector.CollectRequest;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Issue 4's collection speed, on the lab over loopback, all from one run: (a) a full collection by
 * ovnscope's collector, (b) the same commands one {@code ssh host cmd} at a time with the OpenSSH client,
 * (c) each command alone (connect, log in, run) with ovnscope's client, the slowest of them, and (d) the
 * slowest of the commands of (b), each one {@code ssh host cmd} alone.
 * Each figure is the median of 7 rounds. Needs root; run with
 * {@code bash src/test/bench/main.sh io.ovnscope.bench.CollectionBench}.
 */
public final class CollectionBench {
    private static final int ROUNDS = 7;

    private CollectionBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("/tmp/ovl-bench");
        run("bash", "src/test/lab/lab.sh", "stop", dir.toString());
        run("bash", "src/test/lab/lab.sh", "start", dir.toString());
        try {
            measure(dir);
        } finally {
            run("bash", "src/test/lab/lab.sh", "stop", dir.toString());
        }
    }

    private static void measure(Path dir) throws Exception {
        int port = Integer.parseInt(Files.readString(dir.resolve("ssh.port")).strip());
        Path knownHosts = dir.resolve("bench_known_hosts");
        String[] hostKey = Files.readString(dir.resolve("ssh_host_ed25519_key.pub")).split(" ");
        Files.writeString(knownHosts, "[127.0.0.1]:" + port + " " + hostKey[0] + " " + hostKey[1] + "\n");
        ConnectionProfile profile = new ConnectionProfile("lab", "127.0.0.1", port, "root",
                new AuthChoice.KeyFile(dir.resolve("id_ed25519").toString()), Optional.empty(),
                Optional.of(knownHosts.toString()), ToolPrefixes.DISCOVER, true);
        SshSnapshotCollector collector = new SshSnapshotCollector(new SshConnector(), CommandCatalog.builtIn(),
                new SnapshotAssembler(OutputKinds.all()), Clock.systemUTC());
        CollectRequest request = new CollectRequest(profile, new char[0], HostKeyPrompt.REFUSE,
                PassphrasePrompt.NONE, false);
        Snapshot first = collector.collect(request, CollectionListener.NONE, CancelToken.none());
        List<String> commands = first.outputs().stream().map(CapturedOutput::command).toList();

        long full = median(() -> {
            long start = System.nanoTime();
            collector.collect(request, CollectionListener.NONE, CancelToken.none());
            return millisSince(start);
        });
        long[][] openSshEach = new long[commands.size()][ROUNDS];
        int[] round = {0};
        long openSsh = median(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < commands.size(); i++) {
                long one = System.nanoTime();
                run("ssh", "-i", dir.resolve("id_ed25519").toString(), "-p", String.valueOf(port),
                        "-o", "UserKnownHostsFile=" + knownHosts, "-o", "BatchMode=yes", "-o", "LogLevel=error",
                        "root@127.0.0.1", commands.get(i));
                openSshEach[i][round[0]] = millisSince(one);
            }
            round[0]++;
            return millisSince(start);
        });
        long slowestOpenSsh = 0;
        String slowestOpenSshCommand = "";
        for (int i = 0; i < commands.size(); i++) {
            Arrays.sort(openSshEach[i]);
            if (openSshEach[i][ROUNDS / 2] > slowestOpenSsh) {
                slowestOpenSsh = openSshEach[i][ROUNDS / 2];
                slowestOpenSshCommand = commands.get(i);
            }
        }
        long slowest = 0;
        String slowestCommand = "";
        for (String command : commands) {
            long alone = median(() -> {
                long start = System.nanoTime();
                try (SshNodeShell shell = new SshConnector().connect(SshTarget.of("root", "127.0.0.1", port),
                        new SshAuth.KeyFile(dir.resolve("id_ed25519"), PassphrasePrompt.NONE),
                        HostKeyPolicy.asking(new KnownHostsFile(knownHosts), HostKeyPrompt.REFUSE))) {
                    shell.run(CommandSpec.of(command), CancelToken.none());
                }
                return millisSince(start);
            });
            if (alone > slowest) {
                slowest = alone;
                slowestCommand = command;
            }
        }
        System.out.printf("(a) full collection, %d commands + discovery: %d ms%n", commands.size(), full);
        System.out.printf("(b) OpenSSH, the same commands one ssh at a time: %d ms%n", openSsh);
        System.out.printf("(c) slowest single command alone (connect + run): %d ms (%s)%n", slowest, slowestCommand);
        System.out.printf("(d) slowest single command alone with OpenSSH (one ssh host cmd): %d ms (%s)%n",
                slowestOpenSsh, slowestOpenSshCommand);
        System.out.printf("(a)/(c) = %.2f, (a)/(d) = %.2f (target <= 1.5), (b)/(a) = %.1f (target >= 3)%n",
                full / (double) slowest, full / (double) slowestOpenSsh, openSsh / (double) full);
    }

    private static long median(Callable<Long> round) throws Exception {
        long[] millis = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            millis[i] = round.call();
        }
        Arrays.sort(millis);
        return millis[ROUNDS / 2];
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        process.waitFor();
    }
}
