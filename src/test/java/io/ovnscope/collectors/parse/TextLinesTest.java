package io.ovnscope.collectors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLinesTest {
    @Test
    void crlfAndLoneCrEndLinesLikeLf() {
        assertThat(TextLines.of("a\r\nb\rc\nd"))
                .extracting(TextLines.Line::text).containsExactly("a", "b", "c", "d");
    }

    @Test
    void linesAreNumberedFromOneAndAFinalNewlineAddsNoLine() {
        assertThat(TextLines.of("x\n\ny\n"))
                .extracting(TextLines.Line::number, TextLines.Line::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "x"),
                        org.assertj.core.groups.Tuple.tuple(2, ""),
                        org.assertj.core.groups.Tuple.tuple(3, "y"));
    }
}
