package io.ovnscope.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class GridIndexTest {
    private record Thing(String name, Rectangle2D bounds) {
    }

    @Test
    void findsWhatTouchesAnAreaOnceEachInTheOrderGiven() {
        List<Thing> things = List.of(
                new Thing("wide", new Rectangle2D(0, 0, 1000, 10)),
                new Thing("far", new Rectangle2D(5000, 5000, 10, 10)),
                new Thing("small", new Rectangle2D(300, 5, 20, 20)),
                new Thing("negative", new Rectangle2D(-400, -400, 50, 50)));
        GridIndex<Thing> index = new GridIndex<>(things, Thing::bounds, 100);
        assertThat(index.touching(new Rectangle2D(250, 0, 100, 100))).extracting(Thing::name)
                .containsExactly("wide", "small");
        assertThat(index.touching(new Rectangle2D(-500, -500, 200, 200))).extracting(Thing::name)
                .containsExactly("negative");
        assertThat(index.touching(new Rectangle2D(2000, 2000, 100, 100))).isEmpty();
        // An area wider than the grid's cells falls back to a scan: same answer.
        assertThat(index.touching(new Rectangle2D(-10_000, -10_000, 20_000, 20_000))).extracting(Thing::name)
                .containsExactly("wide", "far", "small", "negative");
    }

    @Test
    void aFrameOfAWideClusterLooksOnlyAtWhatIsOnScreen() {
        List<Thing> things = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            things.add(new Thing("box " + i, new Rectangle2D(i * 120.0, 0, 100, 40)));
        }
        GridIndex<Thing> index = new GridIndex<>(things, Thing::bounds, 256);
        // x 60000 to 61200 over boxes at 120 i to 120 i + 100: box 499 ends at 59980, box 510 starts at 61200
        // (touching is not meeting), so boxes 500 to 509.
        assertThat(index.touching(new Rectangle2D(60_000, 0, 1200, 800))).extracting(Thing::name)
                .containsExactly("box 500", "box 501", "box 502", "box 503", "box 504", "box 505", "box 506",
                        "box 507", "box 508", "box 509");
    }
}
