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

/**
 * Reads a bridge's flows from {@code ovs-ofctl dump-flows} (OpenFlow 1.0 and 1.3+, with or without stats,
 * with {@code --names}), {@code ovs-appctl bridge/dump-flows [--offload-stats]}, or flows in
 * {@code ovs-ofctl add-flow} syntax. Repeated {@code flags=[more]} headers are headers; a failed dump is
 * marked failed; hand-wrapped flows are joined and reported; pasted prompts, comments and elisions are
 * reported for what they are. Lines are scanned in place, so a 240 MB dump is not copied line by line.
 */
public final class FlowDumpParser implements OutputParser<Flow> {

    @Override
    public Parsed<Flow> parse(String text) {
        return read(text).toParsed();
    }

    /** The dump with its format and whether it failed; never throws. */
    public FlowDump read(String text) {
        return new Run(text).read();
    }

    /** One parse: its state lives here so the parser itself stays shareable between threads. */
    private static final class Run {
        private final String text;
        private final FlowLineParser flows = new FlowLineParser();
        private final List<Flow> result = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private DumpFormat format = DumpFormat.UNKNOWN;
        private boolean failed;

        private final LineProblems lineProblems = new LineProblems();

        private StringBuilder pending;
        private int pendingLine;
        private int pendingLast;
        private int pendingIndent;
        private String pendingFirstText;

        Run(String text) {
            this.text = text;
        }

        FlowDump read() {
            int length = text.length();
            int start = 0;
            int number = 1;
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
                int end = Math.min(nextLf < 0 ? length : nextLf, nextCr < 0 ? length : nextCr);
                line(number++, start, end);
                if (end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n') {
                    end++;
                }
                start = end + 1;
            }
            flushPending();
            return new FlowDump(format, result, problems, failed);
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
