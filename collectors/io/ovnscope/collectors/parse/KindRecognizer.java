package io.ovnscope.collectors.parse;

import java.util.List;
import java.util.Optional;

/** Tells which kind of output a text is, from its first lines, for {@code parse --as auto}. */
public final class KindRecognizer {
    private static final int LINES_LOOKED_AT = 300;

    private final List<OutputKind> kinds;

    public KindRecognizer(List<OutputKind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    public Optional<OutputKind> recognise(String text) {
        List<String> sample = TextLines.of(text).stream()
                .map(TextLines.Line::text)
                .filter(line -> !line.isBlank() && PastedLine.explain(line).isEmpty())
                .limit(LINES_LOOKED_AT)
                .toList();
        OutputKind best = null;
        long bestScore = 0;
        for (OutputKind kind : kinds) {
            long score = sample.stream().mapToLong(kind::score).sum();
            if (score > bestScore) {
                best = kind;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The kind a pasted command line produces, if ovnscope reads it. */
    public Optional<OutputKind> producedBy(String commandLine) {
        return kinds.stream().filter(k -> k.producedBy(commandLine)).findFirst();
    }
}
