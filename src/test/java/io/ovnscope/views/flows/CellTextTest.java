package io.ovnscope.views.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.FlowStats;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the flow table's cells print: counters grouped as %,d groups them, heat levels, long texts cut. */
class CellTextTest {
    private final CounterText english = new CounterText(Locale.ROOT);

    @Test
    void countersAreGroupedByThousandsInTheLocalesWay() {
        assertThat(english.grouped(0)).isEqualTo("0");
        assertThat(english.grouped(999)).isEqualTo("999");
        assertThat(english.grouped(1000)).isEqualTo("1,000");
        assertThat(english.grouped(3_216_995_040L)).isEqualTo("3,216,995,040");
        assertThat(english.grouped(-1234567)).isEqualTo("-1,234,567");
        assertThat(english.grouped(Long.MIN_VALUE)).isEqualTo(String.format(Locale.ROOT, "%,d", Long.MIN_VALUE));
        assertThat(new CounterText(Locale.GERMANY).grouped(1_005_993_912)).isEqualTo("1.005.993.912");
        assertThat(english.counter(FlowStats.ABSENT)).isEmpty();
    }

    @Test
    void heatRisesOnALogScaleFromNoneToTheBusiestFlow() {
        assertThat(HeatColour.level(0, 1_000_000)).isZero();
        assertThat(HeatColour.level(5, 0)).isZero();
        assertThat(HeatColour.level(1, 1_000_000)).isEqualTo(1);
        // 100 of 1,000,000 is a third of the way on a log scale (ln 101 / ln 1,000,001): in level 3 of 8.
        assertThat(HeatColour.level(100, 1_000_000)).isEqualTo(3);
        assertThat(HeatColour.level(1_000_000, 1_000_000)).isEqualTo(HeatColour.LEVELS);
        assertThat(HeatColour.pseudoClass(3).getPseudoClassName()).isEqualTo("heat-3");
    }

    @Test
    void aLongTextIsCutToWhatTheWidthCouldShowAndMarked() {
        String match = "ct_state=+new-est+trk,ip,reg15=0x1,metadata=0x1,nw_src=10.0.0.1";
        assertThat(ClippedText.cut(match, 380)).isEqualTo(match);
        // 30 pixels hold at most 10 characters of 3 pixels or more.
        assertThat(ClippedText.cut(match, 30)).isEqualTo("ct_state=+…");
        // Before the table has laid a column out its width is 0: nothing is cut.
        assertThat(ClippedText.cut(match, 0)).isEqualTo(match);
    }
}
