package io.ovnscope.app.settings;

import io.ovnscope.views.layout.WindowLayout;
import io.ovnscope.views.layout.WindowLayoutStore;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the window layout in a small properties file. A missing or damaged file gives the default
 * layout: losing a window position must never stop the app from starting.
 */
public final class PropertiesWindowLayoutStore implements WindowLayoutStore {
    private static final Logger LOG = LoggerFactory.getLogger(PropertiesWindowLayoutStore.class);

    private final Path file;

    public PropertiesWindowLayoutStore(Path file) {
        this.file = file;
    }

    @Override
    public WindowLayout load() {
        if (!Files.isRegularFile(file)) {
            return WindowLayout.DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            List<Double> dividers = new ArrayList<>();
            for (String d : p.getProperty("dividers", "").split(",")) {
                if (!d.isBlank()) {
                    dividers.add(Double.parseDouble(d.strip()));
                }
            }
            return new WindowLayout(
                    Double.parseDouble(p.getProperty("x", "NaN")),
                    Double.parseDouble(p.getProperty("y", "NaN")),
                    Double.parseDouble(p.getProperty("width")),
                    Double.parseDouble(p.getProperty("height")),
                    Boolean.parseBoolean(p.getProperty("maximized")),
                    dividers);
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable window layout {}: {}", file, e.getMessage());
            return WindowLayout.DEFAULT;
        }
    }

    @Override
    public void save(WindowLayout layout) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(layout.x()));
        p.setProperty("y", Double.toString(layout.y()));
        p.setProperty("width", Double.toString(layout.width()));
        p.setProperty("height", Double.toString(layout.height()));
        p.setProperty("maximized", Boolean.toString(layout.maximized()));
        p.setProperty("dividers", String.join(",", layout.dividers().stream().map(String::valueOf).toList()));
        try {
            PropertiesFiles.storeAtomically(p, file, "ovnscope window layout");
        } catch (IOException e) {
            LOG.warn("could not save the window layout to {}: {}", file, e.getMessage());
        }
    }
}
