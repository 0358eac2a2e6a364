package io.ovnscope.app.settings;

import io.ovnscope.views.ports.RememberedValues;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the window's small settings in a properties file; an unreadable file is as good as an empty one. */
public final class PropertiesRememberedValues implements RememberedValues {
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesRememberedValues.class);

    private final Path file;

    public PropertiesRememberedValues(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(read().getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        Properties values = read();
        values.setProperty(key, value);
        try {
            PropertiesFiles.storeAtomically(values, file, "ovnscope settings");
        } catch (IOException e) {
            LOG.warn("could not remember {} in {}: {}", key, file, e.getMessage());
        }
    }

    private Properties read() {
        Properties values = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("ignoring unreadable settings {}: {}", file, e.getMessage());
            }
        }
        return values;
    }
}
