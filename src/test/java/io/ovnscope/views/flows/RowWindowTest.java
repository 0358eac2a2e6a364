package io.ovnscope.views.flows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rows on screen over a listing: clamped so the screen stays full, moved just enough to show a row. */
class RowWindowTest {
    @Test
    void aWindowNeverStartsPastTheLastFullScreen() {
        RowWindow window = new RowWindow(0, 20, 1_000_008);
        assertThat(window.from(2_000_000).first()).isEqualTo(999_988);
        assertThat(window.from(2_000_000).end()).isEqualTo(1_000_008);
        assertThat(window.from(-5).first()).isZero();
        assertThat(window.scrolledBy(Integer.MAX_VALUE).first()).isEqualTo(999_988);
        assertThat(window.scrolledBy(Integer.MIN_VALUE).first()).isZero();
    }

    @Test
    void aListingShorterThanTheScreenIsShownWhole() {
        RowWindow window = new RowWindow(3, 20, 6);
        assertThat(window.first()).isZero();
        assertThat(window.end()).isEqualTo(6);
        assertThat(window.maxFirst()).isZero();
    }

    @Test
    void revealingMovesOnlyAsFarAsNeeded() {
        RowWindow window = new RowWindow(100, 20, 1000);
        assertThat(window.revealing(110)).isEqualTo(window);
        assertThat(window.revealing(120).first()).isEqualTo(101);
        assertThat(window.revealing(99).first()).isEqualTo(99);
        assertThat(window.shows(119)).isTrue();
        assertThat(window.shows(120)).isFalse();
        RowWindow unsized = new RowWindow(500, 0, 1000);
        assertThat(unsized.revealing(900)).isEqualTo(unsized);
    }

    @Test
    void resizingKeepsTheTopRowUnlessTheEndWouldShowBlankRows() {
        assertThat(new RowWindow(100, 20, 1000).resized(30).first()).isEqualTo(100);
        assertThat(new RowWindow(980, 20, 1000).resized(30).first()).isEqualTo(970);
    }
}
