package io.ovnscope.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesRememberedValuesTest {
    @TempDir
    Path dir;

    @Test
    void aValueIsKeptBetweenRuns() {
        Path file = dir.resolve("config/settings.properties");
        new PropertiesRememberedValues(file).put("snapshots.lastFolder", "/home/u/snapshots");
        assertThat(new PropertiesRememberedValues(file).get("snapshots.lastFolder")).contains("/home/u/snapshots");
        assertThat(new PropertiesRememberedValues(file).get("other")).isEmpty();
    }

    @Test
    void aDamagedFileIsAsGoodAsAnEmptyOne() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "broken=\\u12");
        PropertiesRememberedValues values = new PropertiesRememberedValues(file);
        assertThat(values.get("broken")).isEmpty();
        values.put("key", "value");
        assertThat(values.get("key")).contains("value");
    }
}
