package io.ovnscope.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads fixture files from the test class path (src/test/resources), never from the shared folder. */
public final class ClasspathFixtures {
    private ClasspathFixtures() {
    }

    /** The fixture under /fixtures/, for example {@code realdata/01-....txt}, as UTF-8 text. */
    public static String read(String path) {
        try (InputStream in = ClasspathFixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /fixtures/" + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real capture from another project, under /fixtures/realdata/ (see SOURCES.md there). */
    public static String realdata(String name) {
        return read("realdata/" + name);
    }

    /** A block cut from the seed documents, under /fixtures/seed/. */
    public static String seed(String name) {
        return read("seed/" + name);
    }

    /** A capture made here from real Debian tools, under /fixtures/captured/AREA/. */
    public static String captured(String area, String name) {
        return read("captured/" + area + "/" + name);
    }
}
