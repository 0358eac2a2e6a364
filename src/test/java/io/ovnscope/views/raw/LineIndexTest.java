package io.ovnscope.views.raw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void linesWithoutTheirEnds() {
        LineIndex index = new LineIndex("a\r\nbb\n\nccc\n");
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.line(0)).isEqualTo("a");
        assertThat(index.line(1)).isEqualTo("bb");
        assertThat(index.line(2)).isEmpty();
        assertThat(index.line(3)).isEqualTo("ccc");
    }

    @Test
    void aLastLineWithoutEndAndAnEmptyText() {
        assertThat(new LineIndex("x\ny").line(1)).isEqualTo("y");
        assertThat(new LineIndex("").size()).isZero();
    }
}
