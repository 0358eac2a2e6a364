package io.ovnscope.collectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.JoinedRunner;
import io.ovnscope.core.node.ParallelRunner;
import io.ovnscope.core.node.RunProgress;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collection speed targets of issue 4, measured on the lab over loopback. Timing on a shared 2-core machine
 * is noisy, so it runs only when asked: {@code mvn test -Dtest=LabBenchmarkTest -Dovnscope.bench=true}.
 * Every figure is the median of {@link #ROUNDS} rounds after a warm-up, and each includes connecting.
 */
@EnabledIfSystemProperty(named = "ovnscope.bench", matches = "true",
        disabledReason = "benchmark: run with -Dovnscope.bench=true")
@ExtendWith(Lab.class)
class LabBenchmarkTest {
    private static final int ROUNDS = 7;
    static final List<String> COMMANDS = List.of(
            "ovs-vsctl list-br",
            "ovs-vsctl show",
            "ovs-ofctl -O OpenFlow15 dump-flows br-int",
            "ovs-ofctl -O OpenFlow15 dump-flows br-ex",
            "ovs-ofctl show br-int",
            "ovs-appctl bridge/dump-flows br-ex",
            "ovn-nbctl show",
            "ovn-nbctl --format=json list Load_Balancer",
            "ovn-nbctl --format=json list Logical_Router_Policy",
            "iptables-save -t nat",
            "ip route show table all",
            "ip -j addr",
            "ovn-sbctl show");

    @TempDir
    Path home;

    @Test
    void parallelChannelsBeatOpenSshOneByOne(LabNode lab) throws Exception {
        KnownHostsFile knownHosts = LabSessions.trusting(lab, home);
        List<CommandSpec> specs = COMMANDS.stream().map(CommandSpec::of).toList();
        for (int i = 0; i < 3; i++) {
            collect(lab, knownHosts, specs, new SshConnector());
        }

        Map<String, Long> report = new LinkedHashMap<>();
        long parallel = median(() -> collect(lab, knownHosts, specs, new SshConnector()));
        report.put("(a) all 13, parallel channels (8), zlib offered", parallel);
        report.put("(a) all 13, parallel channels (8), no compression",
                median(() -> collect(lab, knownHosts, specs, new SshConnector(8, false))));
        report.put("(a) all 13, one channel at a time on one connection",
                median(() -> collect(lab, knownHosts, specs, new SshConnector(1, true))));
        report.put("(a) all 13, JoinedRunner, 1 channel", median(() -> joined(lab, knownHosts, specs, 1)));
        long joinedTwo = median(() -> joined(lab, knownHosts, specs, 2));
        report.put("(a) all 13, JoinedRunner, 2 channels (the default)", joinedTwo);
        report.put("(a) all 13, JoinedRunner, 3 channels", median(() -> joined(lab, knownHosts, specs, 3)));
        long openSsh = median(() -> openSshOneByOne(lab));
        report.put("(b) OpenSSH ssh, one command at a time", openSsh);
        long slowest = 0;
        for (String command : COMMANDS) {
            long alone = median(() -> collect(lab, knownHosts, List.of(CommandSpec.of(command)), new SshConnector()));
            report.put("(c) alone, connect + run: " + command, alone);
            slowest = Math.max(slowest, alone);
        }
        report.put("(c) slowest single command", slowest);
        try (SshNodeShell shell = new SshConnector().connect(LabSessions.target(lab), LabSessions.userKey(lab),
                HostKeyPolicy.asking(knownHosts, HostKeyPrompt.REFUSE))) {
            long slowestExec = 0;
            for (CommandSpec spec : specs) {
                long exec = median(() -> {
                    long start = System.nanoTime();
                    shell.run(spec, CancelToken.none());
                    return (System.nanoTime() - start) / 1_000_000;
                });
                slowestExec = Math.max(slowestExec, exec);
            }
            report.put("(c') slowest single command on an open connection (channel + login shell + command)",
                    slowestExec);
        }
        report.forEach((what, millis) -> System.out.printf("BENCH %6d ms  %s%n", millis, what));
        System.out.printf("BENCH ratio (a)/(c)slowest = %.2f, (b)/(a) = %.2f%n",
                parallel / (double) slowest, openSsh / (double) parallel);

        System.out.printf("BENCH joined, 2 channels: (a)/(c)slowest = %.2f, (b)/(a) = %.2f%n",
                joinedTwo / (double) slowest, openSsh / (double) joinedTwo);

        assertThat(joinedTwo).isLessThanOrEqualTo(slowest * 3 / 2);
        assertThat(openSsh).isGreaterThanOrEqualTo(joinedTwo * 3);
    }

    private static long collect(LabNode lab, KnownHostsFile knownHosts, List<CommandSpec> specs,
                                SshConnector connector) throws Exception {
        long start = System.nanoTime();
        try (SshNodeShell shell = connector.connect(LabSessions.target(lab), LabSessions.userKey(lab),
                HostKeyPolicy.asking(knownHosts, HostKeyPrompt.REFUSE))) {
            List<CommandRun> runs = new ParallelRunner(shell).runAll(specs, RunProgress.NONE, CancelToken.none());
            assertThat(runs).extracting(CommandRun::outcome).containsOnly(Outcome.COMPLETED);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The strategy FORMATS.md measured: few channels, few shell start-ups, outputs split by markers. */
    private static long joined(LabNode lab, KnownHostsFile knownHosts, List<CommandSpec> specs, int channels)
            throws Exception {
        long start = System.nanoTime();
        try (SshNodeShell shell = new SshConnector().connect(LabSessions.target(lab), LabSessions.userKey(lab),
                HostKeyPolicy.asking(knownHosts, HostKeyPrompt.REFUSE))) {
            List<CommandRun> runs = new JoinedRunner(shell, channels).runAll(specs, RunProgress.NONE,
                    CancelToken.none());
            assertThat(runs).extracting(CommandRun::outcome).containsOnly(Outcome.COMPLETED);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long openSshOneByOne(LabNode lab) throws Exception {
        long start = System.nanoTime();
        for (String command : COMMANDS) {
            Process ssh = new ProcessBuilder("ssh", "-i", lab.userKey().toString(), "-p", String.valueOf(lab.port()),
                    "-o", "UserKnownHostsFile=" + home.resolve("known_hosts"), "-o", "BatchMode=yes",
                    "-o", "LogLevel=error", "root@" + lab.host(), command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            ssh.getOutputStream().close();
            assertThat(ssh.waitFor()).as(command).isZero();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(Callable<Long> round) throws Exception {
        long[] millis = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            millis[i] = round.call();
        }
        Arrays.sort(millis);
        return millis[ROUNDS / 2];
    }

}
