package io.ovnscope.collectors.parse;

import io.ovnscope.core.parse.Parsed;

/**
 * Reads one kind of raw command output. Implementations never throw on input and never drop a line
 * silently: each line ends up in an item or in a {@link io.ovnscope.core.parse.Problem}.
 */
@FunctionalInterface
public interface OutputParser<T> {
    Parsed<T> parse(String text);
}
