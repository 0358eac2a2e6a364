package io.ovnscope.app.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where per-user files live, in each platform's usual places.
 * <ul>
 * <li>Linux and other Unix systems, the XDG base directories: config {@code $XDG_CONFIG_HOME/ovnscope}
 * (else {@code ~/.config/ovnscope}), data {@code $XDG_DATA_HOME/ovnscope} (else {@code ~/.local/share}),
 * cache {@code $XDG_CACHE_HOME/ovnscope} (else {@code ~/.cache}), logs {@code $XDG_STATE_HOME/ovnscope/logs}
 * (else {@code ~/.local/state}): XDG names the state directory as the place for logs.</li>
 * <li>macOS: {@code ~/Library/Application Support/ovnscope} for config and data, {@code ~/Library/Caches/ovnscope},
 * {@code ~/Library/Logs/ovnscope}.</li>
 * <li>Windows: {@code %APPDATA%\ovnscope} for config (it roams with the user), {@code %LOCALAPPDATA%\ovnscope}
 * for data, with {@code cache} and {@code logs} inside it.</li>
 * </ul>
 * The system properties {@code ovnscope.config.dir}, {@code ovnscope.data.dir}, {@code ovnscope.cache.dir} and
 * {@code ovnscope.logs.dir} override each one, so tests never touch the real user's files.
 */
public record UserDirectories(Path config, Path data, Path cache, Path logs) {
    private static final String APP = "ovnscope";

    public static UserDirectories fromEnvironment() {
        return from(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"),
                System::getProperty);
    }

    static UserDirectories from(String osName, Map<String, String> env, String home,
            UnaryOperator<String> properties) {
        UserDirectories usual = platformDefaults(osName.toLowerCase(Locale.ROOT), env, Path.of(home));
        return new UserDirectories(
                overridden(properties, "config", usual.config()),
                overridden(properties, "data", usual.data()),
                overridden(properties, "cache", usual.cache()),
                overridden(properties, "logs", usual.logs()));
    }

    private static UserDirectories platformDefaults(String os, Map<String, String> env, Path home) {
        if (os.startsWith("windows")) {
            Path roaming = setOr(env.get("APPDATA"), home.resolve("AppData").resolve("Roaming")).resolve(APP);
            Path local = setOr(env.get("LOCALAPPDATA"), home.resolve("AppData").resolve("Local")).resolve(APP);
            return new UserDirectories(roaming, local, local.resolve("cache"), local.resolve("logs"));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            Path support = library.resolve("Application Support").resolve(APP);
            return new UserDirectories(support, support, library.resolve("Caches").resolve(APP),
                    library.resolve("Logs").resolve(APP));
        }
        return new UserDirectories(
                xdg(env.get("XDG_CONFIG_HOME"), home.resolve(".config")).resolve(APP),
                xdg(env.get("XDG_DATA_HOME"), home.resolve(".local").resolve("share")).resolve(APP),
                xdg(env.get("XDG_CACHE_HOME"), home.resolve(".cache")).resolve(APP),
                xdg(env.get("XDG_STATE_HOME"), home.resolve(".local").resolve("state")).resolve(APP).resolve("logs"));
    }

    /** The XDG spec says a relative path in these variables is invalid and must be ignored. */
    private static Path xdg(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }

    private static Path setOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static Path overridden(UnaryOperator<String> properties, String kind, Path usual) {
        String override = properties.apply("ovnscope." + kind + ".dir");
        return override == null || override.isBlank() ? usual : Path.of(override);
    }
}
