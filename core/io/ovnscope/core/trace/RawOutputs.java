package io.ovnscope.core.trace;

import io.ovnscope.core.snapshot.CapturedOutput;
import java.util.List;
import java.util.Optional;

/**
 * The snapshot's raw outputs, so evidence quotes a rule, route or flow exactly as the node printed it, with
 * the command a reader can run to see the same line.
 */
final class RawOutputs {
    private final List<CapturedOutput> outputs;

    RawOutputs(List<CapturedOutput> outputs) {
        this.outputs = List.copyOf(outputs);
    }

    /** The first output of that parser kind whose command mentions {@code word} (a bridge), or any when empty. */
    Optional<CapturedOutput> find(String kind, String word) {
        return outputs.stream()
                .filter(output -> output.kind().equals(kind))
                .filter(output -> word.isEmpty() || output.command().endsWith(" " + word))
                .findFirst();
    }

    Evidence line(String kind, String word, int line, String fallbackSource, String fallbackText) {
        Optional<CapturedOutput> output = find(kind, word);
        if (output.isEmpty() || line < 1) {
            return new Evidence(fallbackSource, line, fallbackText);
        }
        String text = lineOf(output.get().stdout(), line).orElse(fallbackText);
        return new Evidence(output.get().command(), line, text.strip());
    }

    private static Optional<String> lineOf(String text, int line) {
        int start = 0;
        for (int current = 1; current < line; current++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                return Optional.empty();
            }
            start = end + 1;
        }
        int end = text.indexOf('\n', start);
        String found = end < 0 ? text.substring(start) : text.substring(start, end);
        return found.isBlank() ? Optional.empty() : Optional.of(found);
    }
}
