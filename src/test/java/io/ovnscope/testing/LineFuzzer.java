package io.ovnscope.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small deterministic mutation fuzzer for line-oriented parsers: it takes real lines and damages them
 * the ways pastes and truncated captures do (cut, duplicated, spliced, bytes flipped to syntax characters),
 * plus purely random lines. Seeded, so a failure names the seed that reproduces it.
 */
public final class LineFuzzer {
    private static final String SYNTAX = "=,()[]{}:;/\\\"' \t-+>!*.$#~0x|&";

    private final Random random;
    private final List<String> corpus;

    public LineFuzzer(long seed, List<String> corpus) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("the corpus needs at least one real line");
        }
        this.random = new Random(seed);
        this.corpus = List.copyOf(corpus);
    }

    /** The next input: one or more lines joined by newlines. */
    public String next() {
        int lines = 1 + random.nextInt(4);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            out.add(mutate(pick()));
        }
        return String.join("\n", out);
    }

    private String pick() {
        return corpus.get(random.nextInt(corpus.size()));
    }

    private String mutate(String line) {
        StringBuilder text = new StringBuilder(line);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits; i++) {
            int at = text.length() == 0 ? 0 : random.nextInt(text.length());
            switch (random.nextInt(8)) {
                case 0 -> text.setLength(at);
                case 1 -> text.insert(at, SYNTAX.charAt(random.nextInt(SYNTAX.length())));
                case 2 -> {
                    if (text.length() > 0) {
                        text.deleteCharAt(at);
                    }
                }
                case 3 -> {
                    String other = pick();
                    int from = random.nextInt(other.length() + 1);
                    text.insert(at, other.substring(from));
                }
                case 4 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(40))));
                case 5 -> text.insert(at, (char) random.nextInt(0x2FF));
                case 6 -> text.insert(at, "(".repeat(random.nextInt(50)));
                default -> text.replace(0, text.length(), randomLine());
            }
        }
        return text.toString();
    }

    private String randomLine() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(200);
        for (int i = 0; i < length; i++) {
            text.append(random.nextBoolean()
                    ? SYNTAX.charAt(random.nextInt(SYNTAX.length()))
                    : (char) (' ' + random.nextInt(95)));
        }
        return text.toString();
    }
}
