package io.ovnscope.views.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void zoomingKeepsThePointUnderTheCursorInPlace() {
        Viewport view = new Viewport(0.5, 30, -20);
        Point2D before = view.toPicture(400, 300);
        Viewport zoomed = view.zoomedAt(Viewport.STEP, 400, 300);
        assertThat(zoomed.scale()).isEqualTo(0.625);
        Point2D after = zoomed.toScreen(before.getX(), before.getY());
        assertThat(after.getX()).isCloseTo(400, within(1e-9));
        assertThat(after.getY()).isCloseTo(300, within(1e-9));
    }

    @Test
    void theScaleStaysWithinItsBounds() {
        assertThat(new Viewport(100, 0, 0).scale()).isEqualTo(Viewport.MAX_SCALE);
        assertThat(new Viewport(0, 0, 0).scale()).isEqualTo(Viewport.MIN_SCALE);
        assertThat(new Viewport(Double.NaN, 0, 0).scale()).isEqualTo(1);
    }

    @Test
    void fittingCentresThePictureAndNeverMagnifies() {
        // 2000 × 500 into 1000 × 700 with a 50 margin: the width decides, 900 / 2000.
        Viewport wide = Viewport.fitting(new Rectangle2D(0, 0, 2000, 500), 1000, 700, 50);
        assertThat(wide.scale()).isEqualTo(0.45);
        assertThat(wide.toScreen(1000, 250)).isEqualTo(new Point2D(500, 350));
        Viewport small = Viewport.fitting(new Rectangle2D(0, 0, 100, 50), 1000, 700, 50);
        assertThat(small.scale()).isEqualTo(1);
        assertThat(small.toScreen(50, 25)).isEqualTo(new Point2D(500, 350));
    }

    @Test
    void theVisiblePartIsThePaneInPictureUnits() {
        Viewport view = new Viewport(2, -100, -50);
        assertThat(view.visible(400, 300)).isEqualTo(new Rectangle2D(50, 25, 200, 150));
    }

    @Test
    void centringPutsThePointInTheMiddleAtTheSameScale() {
        Viewport view = new Viewport(0.8, 11, 12).centredOn(300, 200, 1000, 600);
        assertThat(view.scale()).isEqualTo(0.8);
        assertThat(view.toScreen(300, 200)).isEqualTo(new Point2D(500, 300));
    }
}
