package io.ovnscope.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.views.layout.WindowLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesWindowLayoutStoreTest {
    @TempDir
    Path dir;

    @Test
    void aSavedLayoutComesBackTheSame() {
        Path file = dir.resolve("nested/window.properties");
        WindowLayout layout = new WindowLayout(12.5, 40, 1024, 768, true, List.of(0.2, 0.8, 0.65));
        new PropertiesWindowLayoutStore(file).save(layout);
        assertThat(new PropertiesWindowLayoutStore(file).load()).isEqualTo(layout);
    }

    @Test
    void noFileGivesTheDefaultLayout() {
        assertThat(new PropertiesWindowLayoutStore(dir.resolve("absent")).load()).isEqualTo(WindowLayout.DEFAULT);
    }

    @Test
    void aDamagedFileGivesTheDefaultLayoutInsteadOfFailingTheStart() throws IOException {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "width=wide\nheight=\n");
        assertThat(new PropertiesWindowLayoutStore(file).load()).isEqualTo(WindowLayout.DEFAULT);
    }
}
