package io.ovnscope.core.parse;

import java.util.List;

/**
 * What a parser made of one raw output: the items it understood and the problems it met.
 * A parser returns one of these for any input, never throws.
 */
public record Parsed<T>(List<T> items, List<Problem> problems) {
    public Parsed {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
