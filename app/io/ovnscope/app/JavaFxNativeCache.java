package io.ovnscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;

/**
 * On the class path JavaFX unpacks its native libraries into a cache directory before the first window,
 * {@code ~/.openjfx/cache} unless {@code javafx.cachedir} says otherwise. This puts them in the user's cache
 * directory instead, one folder per JavaFX build, because JavaFX does not add a version to a cache directory
 * it is given and an upgrade must never load the previous build's libraries. An explicit
 * {@code -Djavafx.cachedir} wins.
 */
final class JavaFxNativeCache {
    static final String PROPERTY = "javafx.cachedir";

    private JavaFxNativeCache() {
    }

    static void useUserCacheUnlessSet(Path userCache) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, directory(userCache, javafxBuild()).toString());
        }
    }

    static Path directory(Path userCache, String javafxBuild) {
        return userCache.resolve("javafx").resolve(javafxBuild);
    }

    /** The build JavaFX stamps into its base jar, e.g. {@code 21.0.12+2}. */
    static String javafxBuild() {
        try (InputStream in = ClassLoader.getSystemResourceAsStream("javafx.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("javafx.runtime.version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
