package io.ovnscope.collectors.parse.ovn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test fixtures from the class path. */
final class OvnFixtures {
    private OvnFixtures() {
    }

    static String read(String path) {
        try (InputStream in = OvnFixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String realdata(String name) {
        return read("realdata/" + name);
    }

    static String seed(String name) {
        return read("seed/" + name);
    }

    static String captured(String name) {
        return read("captured/ovn/" + name);
    }
}
