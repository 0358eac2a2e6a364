package io.ovnscope.core.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ovnscope.testing.DemoSnapshot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's SVG rendered by an independent renderer, Debian's rsvg-convert (librsvg2-bin, installed by
 * src/test/install-packages.sh). Skipped only where rsvg-convert is absent. The PNG is kept in target/ to
 * be looked at.
 */
class RsvgRenderTest {
    @TempDir
    Path dir;

    @Test
    void rsvgConvertRendersTheDemoAtItsSize() throws Exception {
        assumeTrue(onPath("rsvg-convert"), "rsvg-convert is not installed (Debian package librsvg2-bin)");
        Layout layout = LayeredLayout.of(TopologyBuilder.build(DemoSnapshot.full()));
        Path svg = dir.resolve("topology-demo.svg");
        Files.writeString(svg, SvgDocument.write(layout), StandardCharsets.UTF_8);
        Path png = Path.of("target", "topology-demo-rsvg.png");
        Files.createDirectories(png.getParent());
        Process process = new ProcessBuilder("rsvg-convert", "--format=png", "--output=" + png, svg.toString())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String messages = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(messages).isZero();
        assertThat(messages).as("rsvg-convert's warnings").isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(layout.width()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(layout.height()));
        // Not blank: the gateway router's box is drawn in its fill colour where the layout put it.
        PlacedBox router = layout.box("router:GR_microshift-dev").orElseThrow();
        int rgb = image.getRGB((int) (router.x() + router.height() / 2 + 4), (int) (router.y() + 4)) & 0xffffff;
        assertThat(Integer.toHexString(rgb)).isEqualTo(TopologyStyle.of(ElementKind.ROUTER).fill().substring(1));
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
