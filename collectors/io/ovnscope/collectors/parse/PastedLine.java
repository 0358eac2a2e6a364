package io.ovnscope.collectors.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines people add when they paste command output by hand: shell prompts with the command,
 * shell xtrace lines, elisions, HTML tags, code fences and separators. Every parser asks this first, so such
 * a line is reported for what it is instead of as "not a flow" or "not a rule".
 */
public final class PastedLine {
    private static final Pattern PROMPT = Pattern.compile(
            "^\\s*(?:(?:\\([\\w.@-]+\\)|\\[[^\\]]+\\]|[\\w.-]+@[\\w.-]+(?::[^\\s$#]*)?|(?:sh|bash)-[\\d.]+)\\s*[$#]"
                    + "|[$\u276f>])\\s+(\\S.*)");
    private static final Pattern ROOT_PROMPT = Pattern.compile(
            "^\\s*#\\s+((?:sudo\\s+)?(?:ovs-ofctl|ovs-vsctl|ovs-appctl|ovs-dpctl|ovn-nbctl|ovn-sbctl|ovn-trace"
                    + "|ovnkube-trace|iptables|iptables-save|ip6tables|ip6tables-save|ip|kubectl|k|oc|ovnk|cat|grep)\\b.*)");
    private static final Pattern COMMENT = Pattern.compile("^\\s*#.*");
    private static final Pattern XTRACE = Pattern.compile("^\\s*\\+{1,3} \\S.*");
    private static final Pattern ELISION = Pattern.compile("^\\s*(?:\\.\\.\\.|…|\\(\\.\\.\\.\\)|\\[\\.\\.\\.\\])\\s*$");
    private static final Pattern TRAILING_ELISION = Pattern.compile(".*\\S\\s+(?:\\.\\.\\.|…)\\s*$");
    private static final Pattern MARKUP = Pattern.compile("^\\s*</?[a-zA-Z][\\w-]*(?:\\s[^>]*)?/?>.*");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~).*");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:-{3,}|={3,}|\\*{3,})\\s*$");

    private PastedLine() {
    }

    /** Why the line is not command output, or empty when it may be output. */
    public static Optional<String> explain(String line) {
        if (FENCE.matcher(line).matches()) {
            return Optional.of("a code fence from the paste, not command output");
        }
        if (ELISION.matcher(line).matches()) {
            return Optional.of("an elision ('...') left by whoever pasted this: lines are missing here");
        }
        if (MARKUP.matcher(line).matches()) {
            return Optional.of("an HTML tag, not command output");
        }
        if (SEPARATOR.matcher(line).matches()) {
            return Optional.of("a separator line added to the paste, not command output");
        }
        if (XTRACE.matcher(line).matches()) {
            return Optional.of("a shell trace line ('+ command'), not command output");
        }
        if (PROMPT.matcher(line).matches() || ROOT_PROMPT.matcher(line).matches()) {
            return Optional.of("a shell prompt with the command that was run, not its output");
        }
        if (COMMENT.matcher(line).matches()) {
            return Optional.of("a comment added to the paste, not command output");
        }
        return Optional.empty();
    }

    /** The command of a pasted prompt line ("$ ovn-nbctl show" gives "ovn-nbctl show"), if it is one. */
    public static Optional<String> command(String line) {
        for (Pattern prompt : new Pattern[] {PROMPT, ROOT_PROMPT}) {
            Matcher m = prompt.matcher(line);
            if (m.matches()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** True when the line ends in an elision mark the author added ("actions=drop ..."). */
    public static boolean endsInElision(String line) {
        return TRAILING_ELISION.matcher(line).matches();
    }
}
