package io.ovnscope.views.connect;

import java.nio.file.Path;

/** Reads {@code ~/...} as OpenSSH users write it, since the collector takes real paths. */
final class HomePaths {
    private HomePaths() {
    }

    static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    static Path expand(String text) {
        if (text.equals("~")) {
            return home();
        }
        if (text.startsWith("~/")) {
            return home().resolve(text.substring(2));
        }
        return Path.of(text);
    }

    /** The other way round, so a path under the home folder is shown as the user would type it. */
    static String shown(String path) {
        String home = home().toString();
        return path.startsWith(home + "/") ? "~" + path.substring(home.length()) : path;
    }
}
