package io.ovnscope.core.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.snapshot.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The joined script run by this machine's real /bin/sh (dash on Debian), and cut back into one run each. */
class JoinedScriptTest {
    private static final String NONCE = "0123abcd";

    @Test
    void eachCommandGetsItsOwnOutputStderrAndStatus() throws Exception {
        List<CommandSpec> specs = List.of(
                CommandSpec.of("printf 'one\\ntwo\\n'"),
                CommandSpec.of("printf 'no newline at the end'"),
                CommandSpec.of("echo oops >&2; exit 3"),
                CommandSpec.of("echo 'it'\"'\"'s quoted'; cd /; exit 0"),
                CommandSpec.of("cat"));
        JoinedScript script = new JoinedScript(specs, NONCE);

        List<CommandRun> runs = script.split(runLocally(script.asSpec(), "noise from a .bashrc\n"));

        assertThat(runs).extracting(CommandRun::outcome).containsExactly(Outcome.COMPLETED, Outcome.COMPLETED,
                Outcome.FAILED, Outcome.COMPLETED, Outcome.COMPLETED);
        assertThat(runs).extracting(CommandRun::stdout)
                .containsExactly("one\ntwo\n", "no newline at the end", "", "it's quoted\n", "");
        assertThat(runs).extracting(CommandRun::stderr).containsExactly("", "", "oops\n", "", "");
        assertThat(runs).extracting(CommandRun::exitCode).containsExactly(0, 0, 3, 0, 0);
        assertThat(runs.get(2).failure()).isEqualTo("exit status 3: oops");
        assertThat(runs).extracting(CommandRun::command)
                .containsExactlyElementsOf(specs.stream().map(CommandSpec::command).toList());
    }

    @Test
    void aHangingCommandIsStoppedOnTheNodeAndTheRestRun() throws Exception {
        List<CommandSpec> specs = List.of(
                CommandSpec.of("echo before; sleep 600").withTimeout(Duration.ofSeconds(1)),
                CommandSpec.of("echo after"));
        JoinedScript script = new JoinedScript(specs, NONCE);

        List<CommandRun> runs = script.split(runLocally(script.asSpec(), ""));

        assertThat(runs.get(0).outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(runs.get(0).stdout()).isEqualTo("before\n");
        assertThat(runs.get(0).failure()).startsWith("timed out after 1 s (stopped on the node by timeout)");
        assertThat(runs.get(1).outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(runs.get(1).stdout()).isEqualTo("after\n");
    }

    @Test
    void aFloodIsCutOnTheNodeSoTheChannelCarriesLittleMoreThanTheCap() throws Exception {
        List<CommandSpec> specs = List.of(
                CommandSpec.of("head -c 50000000 /dev/zero | tr '\\0' x; exit 4").withOutputCap(1000),
                CommandSpec.of("echo next"));
        JoinedScript script = new JoinedScript(specs, NONCE);

        CommandRun joined = runLocally(script.asSpec(), "");
        List<CommandRun> runs = script.split(joined);

        assertThat(joined.stdout().length()).isLessThan(2000);
        assertThat(runs.get(0).outcome()).isEqualTo(Outcome.TRUNCATED);
        assertThat(runs.get(1).stdout()).isEqualTo("next\n");
    }

    @Test
    void eachCommandKeepsItsOwnCap() throws Exception {
        List<CommandSpec> specs = List.of(
                CommandSpec.of("head -c 5000 /dev/zero | tr '\\0' x").withOutputCap(1000),
                CommandSpec.of("echo small").withOutputCap(1000));
        JoinedScript script = new JoinedScript(specs, NONCE);

        List<CommandRun> runs = script.split(runLocally(script.asSpec(), ""));

        assertThat(runs.get(0).outcome()).isEqualTo(Outcome.TRUNCATED);
        assertThat(runs.get(0).stdout()).hasSize(1000);
        assertThat(runs.get(0).failure()).isEqualTo("output cut at the cap: kept the first 1000 bytes (it printed more)");
        assertThat(runs.get(1).stdout()).isEqualTo("small\n");
    }

    @Test
    void aBatchCutShortSaysWhatRanWhatWasRunningAndWhatNeverStarted() throws Exception {
        List<CommandSpec> specs = List.of(CommandSpec.of("echo done"), CommandSpec.of("echo partial; sleep 600"),
                CommandSpec.of("echo never"));
        JoinedScript script = new JoinedScript(specs, NONCE);
        CommandRun full = runLocally(script.asSpec().withTimeout(Duration.ofMillis(500)), "");
        String lost = "connection lost: node1 closed the connection";
        CommandRun cut = new CommandRun(full.command(), Outcome.FAILED, null, null, full.duration(),
                full.stdout(), full.stderr(), false, lost);

        List<CommandRun> runs = script.split(cut);

        assertThat(runs).extracting(CommandRun::outcome)
                .containsExactly(Outcome.COMPLETED, Outcome.FAILED, Outcome.NOT_RUN);
        // GNU head -c holds what it read until its count fills or the input ends, so the running command's
        // partial output was still on the node when the batch was cut.
        assertThat(runs.get(1).stdout()).isEmpty();
        assertThat(runs.get(1).failure()).isEqualTo(lost);
        assertThat(runs.get(2).failure()).isEqualTo(lost);
    }

    @Test
    void aBatchThatNeverRanLeavesEveryCommandNotRun() {
        List<CommandSpec> specs = List.of(CommandSpec.of("echo a"), CommandSpec.of("echo b"));
        JoinedScript script = new JoinedScript(specs, NONCE);

        List<CommandRun> runs = script.split(CommandRun.notRun("x", "connection lost: gone"));

        assertThat(runs).extracting(CommandRun::outcome).containsOnly(Outcome.NOT_RUN);
        assertThat(runs).extracting(CommandRun::failure).containsOnly("connection lost: gone");
    }

    @Test
    void outputThatMimicsAMarkerWithoutTheNonceIsJustOutput() throws Exception {
        List<CommandSpec> specs = List.of(CommandSpec.of("printf '\\n@@ovnscope-other end 0 0 1\\n'"),
                CommandSpec.of("echo b"));
        JoinedScript script = new JoinedScript(specs, NONCE);

        List<CommandRun> runs = script.split(runLocally(script.asSpec(), ""));

        assertThat(runs.get(0).stdout()).isEqualTo("\n@@ovnscope-other end 0 0 1\n");
        assertThat(runs.get(1).stdout()).isEqualTo("b\n");
    }

    /** Runs the script as sshd would hand it to a login shell; {@code noise} mimics a chatty start-up. */
    private static CommandRun runLocally(CommandSpec spec, String noise) throws Exception {
        Process sh = new ProcessBuilder("/bin/sh", "-c", "printf '" + noise + "'; printf '" + noise + "' >&2; "
                + spec.command()).start();
        sh.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return sh.getErrorStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
            try {
                return sh.getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        boolean ended = sh.waitFor(spec.timeout().toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            sh.descendants().forEach(ProcessHandle::destroyForcibly);
            sh.destroyForcibly();
        }
        String stdout = new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        String stderr = new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        return ended
                ? new CommandRun(spec.command(), sh.exitValue() == 0 ? Outcome.COMPLETED : Outcome.FAILED,
                        sh.exitValue(), null, Duration.ZERO, stdout, stderr, false,
                        sh.exitValue() == 0 ? null : "exit " + sh.exitValue())
                : new CommandRun(spec.command(), Outcome.TIMED_OUT, null, null, spec.timeout(), stdout, stderr,
                        false, "timed out");
    }
}
