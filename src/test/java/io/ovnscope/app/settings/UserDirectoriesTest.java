package io.ovnscope.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDirectoriesTest {
    private static final Map<String, String> NO_PROPERTIES = Map.of();

    private static UserDirectories on(String os, Map<String, String> env, Map<String, String> properties) {
        return UserDirectories.from(os, env, "/home/u", properties::get);
    }

    @Test
    void linuxWithoutXdgVariablesUsesTheSpecDefaults() {
        assertThat(on("Linux", Map.of(), NO_PROPERTIES)).isEqualTo(new UserDirectories(
                Path.of("/home/u/.config/ovnscope"),
                Path.of("/home/u/.local/share/ovnscope"),
                Path.of("/home/u/.cache/ovnscope"),
                Path.of("/home/u/.local/state/ovnscope/logs")));
    }

    @Test
    void linuxFollowsTheXdgVariables() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/x/cfg", "XDG_DATA_HOME", "/x/data",
                "XDG_CACHE_HOME", "/x/cache", "XDG_STATE_HOME", "/x/state");
        assertThat(on("Linux", env, NO_PROPERTIES)).isEqualTo(new UserDirectories(
                Path.of("/x/cfg/ovnscope"), Path.of("/x/data/ovnscope"), Path.of("/x/cache/ovnscope"),
                Path.of("/x/state/ovnscope/logs")));
    }

    @Test
    void relativeOrEmptyXdgVariablesAreIgnoredAsTheSpecSays() {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "relative/cfg", "XDG_CACHE_HOME", "");
        UserDirectories directories = on("Linux", env, NO_PROPERTIES);
        assertThat(directories.config()).isEqualTo(Path.of("/home/u/.config/ovnscope"));
        assertThat(directories.cache()).isEqualTo(Path.of("/home/u/.cache/ovnscope"));
    }

    @Test
    void otherUnixSystemsUseXdgToo() {
        assertThat(on("FreeBSD", Map.of(), NO_PROPERTIES).config()).isEqualTo(Path.of("/home/u/.config/ovnscope"));
    }

    @Test
    void macOsUsesTheLibraryFolders() {
        assertThat(on("Mac OS X", Map.of("XDG_CONFIG_HOME", "/x/cfg"), NO_PROPERTIES)).isEqualTo(
                new UserDirectories(
                        Path.of("/home/u/Library/Application Support/ovnscope"),
                        Path.of("/home/u/Library/Application Support/ovnscope"),
                        Path.of("/home/u/Library/Caches/ovnscope"),
                        Path.of("/home/u/Library/Logs/ovnscope")));
    }

    @Test
    void windowsRoamsTheConfigAndKeepsTheRestLocal() {
        Map<String, String> env = Map.of("APPDATA", "/w/Roaming", "LOCALAPPDATA", "/w/Local");
        assertThat(on("Windows 11", env, NO_PROPERTIES)).isEqualTo(new UserDirectories(
                Path.of("/w/Roaming/ovnscope"), Path.of("/w/Local/ovnscope"), Path.of("/w/Local/ovnscope/cache"),
                Path.of("/w/Local/ovnscope/logs")));
    }

    @Test
    void windowsWithoutItsVariablesFallsBackToAppDataInTheHome() {
        UserDirectories directories = on("Windows 10", Map.of(), NO_PROPERTIES);
        assertThat(directories.config()).isEqualTo(Path.of("/home/u/AppData/Roaming/ovnscope"));
        assertThat(directories.logs()).isEqualTo(Path.of("/home/u/AppData/Local/ovnscope/logs"));
    }

    @Test
    void eachDirectoryHasItsOwnSystemPropertyOverride() {
        Map<String, String> properties = Map.of("ovnscope.config.dir", "/t/c", "ovnscope.data.dir", "/t/d",
                "ovnscope.cache.dir", "/t/k", "ovnscope.logs.dir", "/t/l");
        assertThat(on("Linux", Map.of("XDG_CONFIG_HOME", "/x/cfg"), properties)).isEqualTo(new UserDirectories(
                Path.of("/t/c"), Path.of("/t/d"), Path.of("/t/k"), Path.of("/t/l")));
    }

    @Test
    void theConfigOverrideLeavesTheOtherDirectoriesWhereThePlatformPutsThem() {
        UserDirectories directories = on("Linux", Map.of(), Map.of("ovnscope.config.dir", "/tmp/t"));
        assertThat(directories.config()).isEqualTo(Path.of("/tmp/t"));
        assertThat(directories.data()).isEqualTo(Path.of("/home/u/.local/share/ovnscope"));
    }
}
