package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowDump.DumpFormat;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads a bridge's flows from {@code ovs-ofctl dump-flows} (OpenFlow 1.0 and 1.3+, with or without stats,
 * with {@code --names}), {@code ovs-appctl bridge/dump-flows [--offload-stats]}, or flows in
 * {@code ovs-ofctl add-flow} syntax. Repeated {@code flags=[more]} headers are headers; a failed dump is
 * marked failed; hand-wrapped flows are joined and reported; pasted prompts, comments and elisions are
 * reported for what they are. Lines are scanned in place, so a 240 MB dump is not copied line by line.
 */
public final class FlowDumpParser implements OutputParser<Flow> {
    /** Below this many chars a dump is read on the calling thread: forking would cost more than it saves. */
    private static final int CHUNK_CHARS = 4 << 20;

    private final int threads;
    private final int chunkChars;

    /** Reads big dumps on as many threads as the machine has cores. */
    public FlowDumpParser() {
        this(Runtime.getRuntime().availableProcessors(), CHUNK_CHARS);
    }

    /**
     * @param threads    how many threads a big dump may be read on; 1 reads every dump on the caller's
     * @param chunkChars the least a piece read on its own holds
     */
    FlowDumpParser(int threads, int chunkChars) {
        this.threads = Math.max(1, threads);
        this.chunkChars = Math.max(1, chunkChars);
    }

    @Override
    public Parsed<Flow> parse(String text) {
        return read(text).toParsed();
    }

    /** The dump with its format and whether it failed; never throws. */
    public FlowDump read(String text) {
        // Twice as many pieces as threads, so a thread slowed by a neighbour on a shared machine holds no one up.
        List<Piece> pieces = threads == 1 ? List.of(new Piece(0, text.length()))
                : Piece.split(text, Math.min(threads * 2, text.length() / chunkChars));
        if (pieces.size() == 1) {
            Run run = new Run(text, 0, text.length(), 1);
            run.read();
            return new FlowDump(run.format, run.result, run.problems, run.failed);
        }
        return joined(text, pieces);
    }

    /**
     * Reads the pieces in parallel, each with its own caches, and joins them as one run over the whole
     * text would have: pieces start at a flow's {@code cookie=}, which never continues a wrapped flow, so
     * no flow spans two pieces, and the format is carried across as {@link Run#noteFormat} and headers set it.
     */
    private static FlowDump joined(String text, List<Piece> pieces) {
        int[] firstLines = new int[pieces.size()];
        List<Integer> counts = pieces.parallelStream().map(piece -> piece.lines(text)).toList();
        firstLines[0] = 1;
        for (int i = 1; i < pieces.size(); i++) {
            firstLines[i] = firstLines[i - 1] + counts.get(i - 1);
        }
        List<Run> runs = IntStream.range(0, pieces.size()).parallel().mapToObj(i -> {
            Run run = new Run(text, pieces.get(i).from(), pieces.get(i).to(), firstLines[i]);
            run.read();
            return run;
        }).toList();
        List<Flow> flows = new ArrayList<>(runs.stream().mapToInt(run -> run.result.size()).sum());
        List<Problem> problems = new ArrayList<>();
        DumpFormat format = DumpFormat.UNKNOWN;
        boolean failed = false;
        for (Run run : runs) {
            flows.addAll(run.result);
            problems.addAll(run.problems);
            failed |= run.failed;
            if (format == DumpFormat.UNKNOWN) {
                format = run.format;
            } else if (format == DumpFormat.OFCTL_HEADERLESS && run.firstHeader != null) {
                format = run.firstHeader;
            }
        }
        return new FlowDump(format, flows, problems, failed);
    }

    /** A stretch of the text read on its own: whole lines, the first of them (but in the first piece) a flow. */
    private record Piece(int from, int to) {
        private static final int SEARCH_CHARS = 1 << 20;

        static List<Piece> split(String text, int count) {
            List<Piece> pieces = new ArrayList<>();
            int from = 0;
            for (int i = 1; i < count; i++) {
                int at = flowStartAfter(text, (int) ((long) text.length() * i / count));
                if (at > from && at < text.length()) {
                    pieces.add(new Piece(from, at));
                    from = at;
                }
            }
            pieces.add(new Piece(from, text.length()));
            return pieces;
        }

        /**
         * The start of the first line after {@code at} that begins, after blanks, with "cookie="; or the end
         * when there is none near (bridge/dump-flows prints no cookie: such a dump is read in one piece).
         */
        private static int flowStartAfter(String text, int at) {
            for (int lf = text.indexOf('\n', at); lf >= 0 && lf - at < SEARCH_CHARS; lf = text.indexOf('\n', lf + 1)) {
                int start = lf + 1;
                while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                    start++;
                }
                if (text.startsWith("cookie=", start)) {
                    return lf + 1;
                }
            }
            return text.length();
        }

        /** How many lines the piece holds, counted as {@link Run#read} counts them (CR LF is one end). */
        int lines(String text) {
            int lines = 0;
            for (int at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1)) {
                lines++;
            }
            for (int at = text.indexOf('\r', from); at >= 0 && at < to; at = text.indexOf('\r', at + 1)) {
                if (at + 1 >= text.length() || text.charAt(at + 1) != '\n') {
                    lines++;
                }
            }
            return lines;
        }
    }

    /** One parse: its state lives here so the parser itself stays shareable between threads. */
    private static final class Run {
        private final String text;
        private final int from;
        private final int to;
        private final int firstLine;
        private final FlowLineParser flows = new FlowLineParser();
        private final List<Flow> result = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private DumpFormat format = DumpFormat.UNKNOWN;
        /** The first header line's format, which overrides a format guessed from flows before it. */
        private DumpFormat firstHeader;
        private boolean failed;

        private final LineProblems lineProblems = new LineProblems();

        private StringBuilder pending;
        private int pendingLine;
        private int pendingLast;
        private int pendingIndent;
        private String pendingFirstText;

        Run(String text, int from, int to, int firstLine) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.firstLine = firstLine;
        }

        void read() {
            int length = to;
            int start = from;
            int number = firstLine;
            int nextLf = -2;
            int nextCr = -2;
            while (start < length) {
                // String.indexOf is vectorised; each search runs ahead once and is reused until passed.
                if (nextLf != -1 && nextLf < start) {
                    nextLf = text.indexOf('\n', start);
                }
                if (nextCr != -1 && nextCr < start) {
                    nextCr = text.indexOf('\r', start);
                }
                int end = Math.min(length, Math.min(nextLf < 0 ? length : nextLf, nextCr < 0 ? length : nextCr));
                line(number++, start, end);
                if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
                    end++;
                }
                start = end + 1;
            }
            flushPending();
        }

        private void line(int number, int from, int to) {
            int start = from;
            while (start < to && isSpace(text.charAt(start))) {
                start++;
            }
            int end = to;
            while (end > start && isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                flushPending();
                return;
            }
            int indent = start - from;
            if (pending != null && indent > pendingIndent && !Chars.startsWith(text, start, end, "cookie=")
                    && PastedLine.explain(text.substring(from, to)).isEmpty()) {
                continueFlow(number, start, end);
                return;
            }
            if (startsFlow(start, end)
                    || (hasActions(start, end) && PastedLine.explain(text.substring(from, to)).isEmpty())) {
                flushPending();
                noteFormat(start, end);
                flow(number, from, to, start, end, indent);
                return;
            }
            flushPending();
            other(number, text.substring(from, to));
        }

        private void continueFlow(int number, int start, int end) {
            if (pending.charAt(pending.length() - 1) != ',' && text.charAt(start) != ',') {
                pending.append(' ');
            }
            pending.append(text, start, end);
            pendingLast = number;
            if (complete(pending, 0, pending.length())) {
                flushPending();
            }
        }

        private void flushPending() {
            if (pending == null) {
                return;
            }
            String joined = pending.toString();
            int first = pendingLine;
            String firstText = pendingFirstText;
            if (pendingLast > first) {
                problems.add(new Problem(first, firstText, "a flow hand-wrapped over lines " + first + "-"
                        + pendingLast + ": joined into one flow; check the join if the flow looks wrong"));
            }
            pending = null;
            Flow flow = flows.parse(joined, 0, joined.length(), first, lineProblems.at(first, firstText));
            if (flow != null) {
                result.add(flow);
            }
        }

        /**
         * Reads a line that starts a flow. When the flow is not whole it waits for continuation lines
         * instead, and what the parse complained of is dropped: the joined flow is read again.
         */
        private void flow(int number, int lineFrom, int lineTo, int start, int end, int indent) {
            int flowEnd = end;
            int problemsBefore = problems.size();
            if (endsInDots(start, end) && PastedLine.endsInElision(text.substring(start, end))) {
                flowEnd = trimElision(start, end);
                problems.add(new Problem(number, text.substring(lineFrom, lineTo),
                        "the line ends in an elision ('...') added by whoever pasted it: the flow may be cut"));
            }
            Flow flow = flows.parse(text, start, flowEnd, number, lineProblems.at(number, lineFrom, lineTo));
            if (flows.incomplete() && flowEnd == end) {
                problems.subList(problemsBefore, problems.size()).clear();
                pending = new StringBuilder(end - start + 64).append(text, start, end);
                pendingLine = number;
                pendingLast = number;
                pendingIndent = indent;
                pendingFirstText = text.substring(lineFrom, lineTo);
            } else if (flow != null) {
                result.add(flow);
            }
        }

        private void other(int number, String line) {
            NonFlowLine what = NonFlowLine.of(line);
            if (what.header() != null) {
                if (firstHeader == null) {
                    firstHeader = what.header();
                }
                if (format == DumpFormat.UNKNOWN || format == DumpFormat.OFCTL_HEADERLESS) {
                    format = what.header();
                }
                return;
            }
            failed |= what.failure();
            problems.add(new Problem(number, line, what.reason()));
        }

        private boolean startsFlow(int start, int end) {
            char c = text.charAt(start);
            if (c != 'c' && c != 'd' && c != 't' && c != 'p' && c != 'n' && c != 'i' && c != 'h' && c != 'a') {
                return false;
            }
            return Chars.startsWith(text, start, end, "cookie=") || Chars.startsWith(text, start, end, "duration=")
                    || Chars.startsWith(text, start, end, "table_id=") || Chars.startsWith(text, start, end, "table=")
                    || Chars.startsWith(text, start, end, "priority=")
                    || Chars.startsWith(text, start, end, "n_packets=")
                    || Chars.startsWith(text, start, end, "idle_timeout=")
                    || Chars.startsWith(text, start, end, "hard_timeout=")
                    || Chars.startsWith(text, start, end, "actions=");
        }

        /**
         * Whether the line holds an {@code actions=} key: {@code --no-stats} prints a flow of table 0 with
         * cookie 0 and the default priority as its bare match, {@code ip,nw_dst=10.0.0.99 actions=drop}.
         */
        private boolean hasActions(int start, int end) {
            int at = Chars.indexOf(text, "actions=", start, end);
            return at == start || (at > start && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == ','));
        }

        private void noteFormat(int start, int end) {
            if (format != DumpFormat.UNKNOWN) {
                return;
            }
            if (Chars.startsWith(text, start, end, "duration=") || Chars.startsWith(text, start, end, "table_id=")) {
                format = DumpFormat.APPCTL;
            } else if (Chars.startsWith(text, start, end, "cookie=")) {
                format = DumpFormat.OFCTL_HEADERLESS;
            }
        }

        private boolean endsInDots(int start, int end) {
            char last = text.charAt(end - 1);
            return last == '.' || last == '\u2026';
        }

        private int trimElision(int start, int end) {
            int at = end;
            while (at > start && (text.charAt(at - 1) == '.' || text.charAt(at - 1) == '\u2026')) {
                at--;
            }
            while (at > start && isSpace(text.charAt(at - 1))) {
                at--;
            }
            return at;
        }

        /**
         * Files what the flow scanner complains of against the line being read. One object reused for
         * every line: a capturing lambda per line cost a million allocations on a big dump.
         */
        private final class LineProblems implements Complaints {
            private int line;
            private int from;
            private int to;
            private String lineText;

            Complaints at(int line, int from, int to) {
                this.line = line;
                this.from = from;
                this.to = to;
                this.lineText = null;
                return this;
            }

            Complaints at(int line, String lineText) {
                this.line = line;
                this.lineText = lineText;
                return this;
            }

            @Override
            public void add(String reason) {
                problems.add(new Problem(line, lineText != null ? lineText : text.substring(from, to), reason));
            }
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\f' || c == '\u00a0';
        }
    }

    /**
     * Whether a flow text is whole: it has {@code actions=}, does not end in a comma and closes every
     * parenthesis it opens. A hand-wrapped flow is not, until its last piece is joined.
     */
    static boolean complete(CharSequence text, int from, int to) {
        int actions = lastIndexOf(text, "actions=", from, to);
        if (actions < 0 || text.charAt(to - 1) == ',') {
            return false;
        }
        int depth = 0;
        for (int i = actions; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth <= 0;
    }

    private static int lastIndexOf(CharSequence text, String what, int from, int to) {
        outer:
        for (int i = to - what.length(); i >= from; i--) {
            for (int j = 0; j < what.length(); j++) {
                if (text.charAt(i + j) != what.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
