package io.ovnscope.collectors.parse;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of raw output ovnscope reads: its name on the command line, the parser, how to recognise it
 * from its text, and which pasted command lines produce it.
 *
 * @param signatures lines typical of this output, each with a weight; recognition sums them
 * @param commands   patterns over a pasted command line ("ovs-ofctl -O OpenFlow15 dump-flows br-int")
 *                   that say this kind of output follows
 */
public record OutputKind(String name, String description, OutputParser<?> parser,
                         List<Signature> signatures, List<Pattern> commands) {
    public OutputKind {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        Objects.requireNonNull(parser);
        signatures = List.copyOf(signatures);
        commands = List.copyOf(commands);
    }

    /** A line pattern typical of a kind of output, and how strongly it points to it. */
    public record Signature(Pattern line, int weight) {
        public static Signature of(String regex, int weight) {
            return new Signature(Pattern.compile(regex), weight);
        }
    }

    public boolean producedBy(String commandLine) {
        return commands.stream().anyMatch(p -> p.matcher(commandLine).find());
    }

    int score(String line) {
        int best = 0;
        for (Signature signature : signatures) {
            if (signature.weight() > best && signature.line().matcher(line).find()) {
                best = signature.weight();
            }
        }
        return best;
    }
}
