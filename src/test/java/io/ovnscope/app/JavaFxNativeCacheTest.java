package io.ovnscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JavaFxNativeCacheTest {
    @Test
    void theNativeLibrariesGoIntoOneFolderPerJavaFxBuildInsideTheUserCache() {
        assertThat(JavaFxNativeCache.directory(Path.of("/home/u/.cache/ovnscope"), "21.0.12+2"))
                .isEqualTo(Path.of("/home/u/.cache/ovnscope/javafx/21.0.12+2"));
    }

    @Test
    void theBuildIsReadFromTheJavaFxJarOnTheClassPath() {
        // The pom pins JavaFX 21.0.12; its base jar says 21.0.12+<build number>.
        assertThat(JavaFxNativeCache.javafxBuild()).startsWith("21.0.12+");
    }
}
