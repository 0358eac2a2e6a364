package io.ovnscope.collectors.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** OpenSSH refuses a ~/.ssh others can write; make what we create as private as ssh makes it. */
final class PrivateFiles {
    private PrivateFiles() {
    }

    static void restrictToOwner(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): its default ACLs already keep the profile private.
        }
    }
}
