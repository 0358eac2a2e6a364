package io.ovnscope.core.node;

import io.ovnscope.core.snapshot.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Several commands as one POSIX shell script for one channel, and the way back: its output cut into one
 * {@link CommandRun} per command. Each command runs in a subshell with its input closed and, where the node has
 * coreutils' timeout(1), under its own timeout, and its output passes through {@code head -c} to hold its cap on
 * the node; after it the script prints a marker line with the command's index, exit status and the time, on
 * stdout and on stderr. The tag carries a random part so no output can fake it. One price: GNU head holds what it
 * read until its count fills or its input ends, so a command cut off by a lost connection leaves no partial
 * output (one stopped by its timeout does, as timeout(1) ends its input).
 */
final class JoinedScript {
    /** timeout(1) exits 124 when it stopped the command. */
    static final int TIMEOUT_STATUS = 124;

    private final List<CommandSpec> specs;
    private final String tag;

    JoinedScript(List<CommandSpec> specs, String nonce) {
        this.specs = List.copyOf(specs);
        this.tag = "@@ovnscope-" + nonce;
    }

    /** The one command that runs them all, with room for all their time and output. */
    CommandSpec asSpec() {
        Duration timeout = Duration.ofSeconds(10);
        long cap = 1024 * 1024;
        for (CommandSpec spec : specs) {
            timeout = timeout.plus(spec.timeout());
            cap = saturatedAdd(cap, spec.outputCap());
        }
        return new CommandSpec(script(), timeout, cap, null);
    }

    String script() {
        StringBuilder script = new StringBuilder();
        // Without timeout(1) (a minimal image) the commands run unbounded; the channel's own timeout still holds.
        script.append("ovnscope_t() { s=$1; shift; if command -v timeout >/dev/null 2>&1; then ")
                .append("timeout -k 5 \"$s\" \"$@\"; else \"$@\"; fi; }; ");
        script.append("exec 4>&1; ");
        script.append("printf '%s start %s\\n' '").append(tag).append("' \"$(date +%s%N)\"; ");
        script.append("printf '%s start\\n' '").append(tag).append("' >&2; ");
        for (int i = 0; i < specs.size(); i++) {
            CommandSpec spec = specs.get(i);
            long seconds = Math.max(1, (spec.timeout().toMillis() + 999) / 1000);
            // The cap holds on the node (head stops reading, the command gets SIGPIPE), so a flood cannot
            // fill the channel and starve the commands after it; fd 3 carries the command's own status out
            // of the pipeline, which POSIX sh (no pipefail) would otherwise lose.
            script.append("ovnscope_s=$( { { ovnscope_t ").append(seconds).append(" sh -c ")
                    .append(quote(spec.command())).append(" </dev/null; echo $? >&3; } | head -c ")
                    .append(saturatedAdd(spec.outputCap(), 1)).append(" >&4; } 3>&1 ); ");
            script.append("printf '\\n%s end ").append(i).append(" %s %s\\n' '").append(tag)
                    .append("' \"$ovnscope_s\" \"$(date +%s%N)\"; ");
            script.append("printf '\\n%s end ").append(i).append(" -\\n' '").append(tag).append("' >&2; ");
        }
        return script.toString();
    }

    /** One result per command, in order, from how the joined channel ran. */
    List<CommandRun> split(CommandRun joined) {
        if (joined.outcome() == Outcome.NOT_RUN) {
            return specs.stream().map(spec -> CommandRun.notRun(spec.command(), joined.failure())).toList();
        }
        Cursor out = new Cursor(joined.stdout(), tag + " start");
        Cursor err = new Cursor(joined.stderr(), tag + " start");
        long previousNanos = out.startNanos();
        List<CommandRun> runs = new ArrayList<>(specs.size());
        boolean ended = false;
        for (int i = 0; i < specs.size(); i++) {
            CommandSpec spec = specs.get(i);
            if (ended) {
                runs.add(CommandRun.notRun(spec.command(), notRunReason(joined)));
                continue;
            }
            Segment stdout = out.next("\n" + tag + " end " + i + " ");
            Segment stderr = err.next("\n" + tag + " end " + i + " ");
            if (stdout.markerLine() == null) {
                runs.add(unfinished(spec, joined, stdout.text(), stderr.text()));
                ended = true;
                continue;
            }
            String[] fields = stdout.markerLine().split(" ");
            long nanos = parseLong(fields.length > 1 ? fields[1] : "", previousNanos);
            Duration took = previousNanos > 0 && nanos >= previousNanos ? Duration.ofNanos(nanos - previousNanos)
                    : Duration.ZERO;
            previousNanos = nanos;
            runs.add(finished(spec, (int) parseLong(fields[0], -1), took, stdout.text(), stderr.text()));
        }
        return runs;
    }

    private static CommandRun finished(CommandSpec spec, int status, Duration took, String stdout, String stderr) {
        Capped capped = Capped.of(stdout, spec.outputCap());
        if (status == TIMEOUT_STATUS) {
            return new CommandRun(spec.command(), Outcome.TIMED_OUT, null, null, took, capped.text(), stderr,
                    capped.cut(), "timed out after " + spec.timeout().toSeconds() + " s (stopped on the node by "
                    + "timeout); kept the " + capped.keptBytes() + " bytes it printed until then");
        }
        if (capped.cut()) {
            return new CommandRun(spec.command(), Outcome.TRUNCATED, status, null, took, capped.text(), stderr, true,
                    "output cut at the cap: kept the first " + capped.keptBytes() + " bytes (it printed more)");
        }
        if (status == 0) {
            return new CommandRun(spec.command(), Outcome.COMPLETED, 0, null, took, stdout, stderr, false, null);
        }
        String first = stderr.strip().lines().findFirst().map(line -> ": " + line.strip()).orElse("");
        return new CommandRun(spec.command(), Outcome.FAILED, status, null, took, stdout, stderr, false,
                "exit status " + status + first);
    }

    /** The command that was running when the joined channel ended without its marker. */
    private static CommandRun unfinished(CommandSpec spec, CommandRun joined, String stdout, String stderr) {
        Capped capped = Capped.of(stdout, spec.outputCap());
        Outcome outcome = switch (joined.outcome()) {
            case TIMED_OUT -> Outcome.TIMED_OUT;
            case TRUNCATED -> Outcome.TRUNCATED;
            default -> Outcome.FAILED;
        };
        String reason = joined.outcome() == Outcome.COMPLETED
                ? "its end marker is missing: the node's login shell may not be a POSIX shell"
                : joined.failure();
        return new CommandRun(spec.command(), outcome, null, null, joined.duration(), capped.text(), stderr,
                capped.cut() || joined.truncated(), reason);
    }

    private static String notRunReason(CommandRun joined) {
        return joined.failure() != null ? joined.failure() : "the batch ended before it started";
    }

    static String quote(String command) {
        return "'" + command.replace("'", "'\\''") + "'";
    }

    private static long parseLong(String text, long fallback) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** Reads one stream from marker to marker. */
    private static final class Cursor {
        private final String text;
        private int position;
        private long startNanos;

        Cursor(String text, String startMarker) {
            this.text = text;
            int start = text.indexOf(startMarker);
            if (start < 0) {
                position = text.length();
                return;
            }
            int lineEnd = text.indexOf('\n', start);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            startNanos = parseLong(text.substring(start + startMarker.length(), lineEnd), 0);
            position = Math.min(text.length(), lineEnd + 1);
        }

        long startNanos() {
            return startNanos;
        }

        /** The text up to the marker, and the rest of the marker's line (null when the marker never came). */
        Segment next(String marker) {
            int at = text.indexOf(marker, position);
            if (at < 0) {
                Segment rest = new Segment(text.substring(position), null);
                position = text.length();
                return rest;
            }
            int afterMarker = at + marker.length();
            int lineEnd = text.indexOf('\n', afterMarker);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            Segment segment = new Segment(text.substring(position, at), text.substring(afterMarker, lineEnd));
            position = Math.min(text.length(), lineEnd + 1);
            return segment;
        }
    }

    private record Segment(String text, String markerLine) { }

    /** A command's output held to its own cap, in bytes as the node printed them. */
    private record Capped(String text, boolean cut, long keptBytes) {
        static Capped of(String text, long cap) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length <= cap) {
                return new Capped(text, false, bytes.length);
            }
            return new Capped(new String(bytes, 0, (int) cap, StandardCharsets.UTF_8), true, cap);
        }
    }
}
