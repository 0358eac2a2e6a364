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
}
