package io.ovnscope.collectors.parse;

import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads any raw output or pasted session: picks the parser (given, from the pasted command, or recognised
 * from the text), and for a session reads each command's block with its own parser, keeping every
 * problem at its line number in the whole text.
 */
public final class OutputReader {
    private final List<OutputKind> kinds;
    private final KindRecognizer recognizer;

    public OutputReader(List<OutputKind> kinds) {
        this.kinds = List.copyOf(kinds);
        this.recognizer = new KindRecognizer(kinds);
    }

    public List<OutputKind> kinds() {
        return kinds;
    }

    /** The kind a command line prints, if ovnscope reads it. */
    public Optional<OutputKind> kindProducedBy(String commandLine) {
        return recognizer.producedBy(commandLine);
    }

    /** The kind a text looks like, if any. */
    public Optional<OutputKind> recognise(String text) {
        return recognizer.recognise(text);
    }

    public Optional<OutputKind> kind(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** How the kind of an output was chosen. */
    public enum Choice { GIVEN, FROM_COMMAND, RECOGNISED }

    /** What was read from a whole text. */
    public sealed interface Reading permits Single, Session, Unrecognised {
        List<Problem> problems();
    }

    public record Single(OutputKind kind, Choice choice, Parsed<?> parsed) implements Reading {
        @Override
        public List<Problem> problems() {
            return parsed.problems();
        }
    }

    public record Session(List<Block> blocks, List<Problem> problems) implements Reading {
    }

    /** One command's output in a session; {@code kind} is empty when ovnscope does not read that output. */
    public record Block(Optional<String> command, int line, Optional<OutputKind> kind, List<?> items) {
    }

    public record Unrecognised(List<Problem> problems) implements Reading {
    }

    public Reading read(String text, OutputKind given) {
        return read(text, new Chosen(given, Choice.GIVEN));
    }

    /** Reads a text as the kind already chosen for it (see {@link #choose}). */
    public Reading read(String text, Chosen chosen) {
        return new Single(chosen.kind(), chosen.choice(), chosen.kind().parser().parse(text));
    }

    public Reading read(String text) {
        if (PastedSession.isSession(text)) {
            return readSession(text);
        }
        return choose(text)
                .map(chosen -> read(text, chosen))
                .orElseGet(() -> new Unrecognised(notRead(text, 0, "ovnscope does not recognise this output")));
    }

    /** A kind chosen for a whole text, and how. */
    public record Chosen(OutputKind kind, Choice choice) {
    }

    /**
     * The kind {@link #read(String)} reads a single output as, from its pasted command or its text; empty for
     * a pasted session of several commands or a text it does not recognise. Lets a caller prepare for the
     * kind before the parse.
     */
    public Optional<Chosen> choose(String text) {
        if (PastedSession.isSession(text)) {
            return Optional.empty();
        }
        Optional<OutputKind> fromCommand = TextLines.of(text).stream()
                .map(line -> PastedLine.command(line.text()))
                .flatMap(Optional::stream)
                .findFirst()
                .flatMap(recognizer::producedBy);
        if (fromCommand.isPresent()) {
            return Optional.of(new Chosen(fromCommand.get(), Choice.FROM_COMMAND));
        }
        return recognizer.recognise(text).map(kind -> new Chosen(kind, Choice.RECOGNISED));
    }

    private Reading readSession(String text) {
        List<Block> blocks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (PastedSession.Block block : PastedSession.split(text)) {
            // A pasted command says what its output is; only text before the first prompt is judged by its look,
            // so the output of `ifconfig` or `oc get pods -o wide` is never mistaken for something ovnscope reads.
            Optional<OutputKind> kind = block.command().isPresent()
                    ? block.command().flatMap(recognizer::producedBy)
                    : recognizer.recognise(block.text());
            if (kind.isPresent()) {
                Parsed<?> parsed = kind.get().parser().parse(block.text());
                for (Problem p : parsed.problems()) {
                    problems.add(new Problem(block.lineInPaste(p.line()), p.text(), p.reason()));
                }
                blocks.add(new Block(block.command(), block.firstLine(), kind, parsed.items()));
            } else {
                String what = block.command().map(c -> "output of `" + c + "`, which ovnscope does not read")
                        .orElse("text before the first pasted command, which ovnscope does not recognise");
                int offset = block.lineInPaste(1) - 1;
                problems.addAll(notRead(block.text(), offset, what));
                blocks.add(new Block(block.command(), block.firstLine(), Optional.empty(), List.of()));
            }
        }
        return new Session(blocks, problems);
    }

    private static List<Problem> notRead(String text, int offset, String reason) {
        return TextLines.of(text).stream()
                .filter(line -> !line.text().isBlank())
                .map(line -> new Problem(line.number() + offset, line.text(), reason))
                .toList();
    }
}
