package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ovnscope topology`: the built-in demo drawn to SVG and PNG. */
class TopologyCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void withoutASnapshotItDrawsTheDemoAsSvgAndPng() throws Exception {
        Path svg = dir.resolve("demo.svg");
        Path png = dir.resolve("demo.png");
        assertThat(run("topology", "--svg", svg.toString(), "--png", png.toString())).as(err.toString()).isZero();
        // The demo is the lab's node of seed 004: its gateway router, join address, pod and uplink.
        assertThat(Files.readString(svg)).contains("GR_microshift-dev", "100.64.0.2/16", "default/pod-1",
                "enp1s0", "br-ex");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(err.toString()).contains("wrote " + svg, "wrote " + png + " at 1x");
    }

    @Test
    void scaleTwoDoublesThePngsPixels() throws Exception {
        Path svg = dir.resolve("demo.svg");
        Path one = dir.resolve("one.png");
        Path two = dir.resolve("two.png");
        assertThat(run("topology", "--svg", svg.toString(), "--png", one.toString())).isZero();
        assertThat(run("topology", "--svg", svg.toString(), "--png", two.toString(), "--scale", "2")).isZero();
        BufferedImage small = ImageIO.read(one.toFile());
        BufferedImage large = ImageIO.read(two.toFile());
        assertThat(large.getWidth()).isBetween(2 * small.getWidth() - 1, 2 * small.getWidth() + 1);
        assertThat(large.getHeight()).isBetween(2 * small.getHeight() - 1, 2 * small.getHeight() + 1);
    }

    @Test
    void aScaleOtherThanOneOrTwoIsAUsageError() {
        assertThat(run("topology", "--svg", dir.resolve("x.svg").toString(), "--scale", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("--scale must be 1 or 2");
    }

    @Test
    void aMissingSnapshotFileFailsWithOneLine() {
        assertThat(run("topology", dir.resolve("absent.json").toString(), "--svg", dir.resolve("x.svg").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).startsWith("ovnscope topology: ").contains("absent.json");
        assertThat(Files.exists(dir.resolve("x.svg"))).isFalse();
    }
}
