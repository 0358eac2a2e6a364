package io.ovnscope.app.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where per-user files live: the XDG base directories on Linux ({@code ~/.config/ovnscope} unless
 * {@code XDG_CONFIG_HOME} says otherwise). The system property {@code ovnscope.config.dir} overrides it,
 * so tests never touch the real user's settings.
 */
public record UserDirectories(Path config) {
    public static UserDirectories fromEnvironment() {
        return from(System.getenv(), System.getProperty("user.home"), System.getProperty("ovnscope.config.dir"));
    }

    static UserDirectories from(Map<String, String> env, String home, String override) {
        if (override != null && !override.isBlank()) {
            return new UserDirectories(Path.of(override));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".config");
        return new UserDirectories(base.resolve("ovnscope"));
    }
}
