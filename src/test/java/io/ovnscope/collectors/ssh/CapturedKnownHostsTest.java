package io.ovnscope.collectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * known_hosts files OpenSSH made (fixtures/captured/ssh, see SOURCES-ssh.md), read without the lab: expected
 * values are what ssh-keygen -lf and ssh-keygen -F printed for them.
 */
class CapturedKnownHostsTest {
    private static final int PORT = 27177;

    @TempDir
    Path dir;

    @Test
    void thePlainFileListsTheKeyOnLine1ForItsPortOnly() throws Exception {
        KnownHostsFile file = new KnownHostsFile(copy("known_hosts.plain"));

        assertThat(file.check("127.0.0.1", PORT, hostKey())).isEqualTo(new HostKeyCheck.Known(1));
        assertThat(file.check("127.0.0.1", 22, hostKey())).isEqualTo(new HostKeyCheck.Unknown(List.of()));
        assertThat(file.check("localhost", PORT, hostKey())).isEqualTo(new HostKeyCheck.Unknown(List.of()));
    }

    @Test
    void theHashedFileListsTheSameKeyOnLine1() throws Exception {
        KnownHostsFile file = new KnownHostsFile(copy("known_hosts.hashed"));

        assertThat(file.check("127.0.0.1", PORT, hostKey())).isEqualTo(new HostKeyCheck.Known(1));
        assertThat(file.check("127.0.0.2", PORT, hostKey())).isEqualTo(new HostKeyCheck.Unknown(List.of()));
    }

    @Test
    void theFingerprintIsWhatSshKeygenPrinted() throws Exception {
        assertThat(Fingerprints.sha256(hostKey())).isEqualTo("SHA256:wiznfea1S/3/xA9YgIHGZXxDwgPO7/Zk4Q1D4MtLyd0");
        assertThat(Fingerprints.type(hostKey())).isEqualTo("ssh-ed25519");
    }

    @Test
    void aLineWeAppendIsTheLineSshKeyscanWrote() throws Exception {
        Path file = dir.resolve("known_hosts");

        new KnownHostsFile(file).append("127.0.0.1", PORT, hostKey(), false);

        assertThat(Files.readString(file)).isEqualTo(read("known_hosts.plain"));
    }

    private Path copy(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, read(name));
        return file;
    }

    private static PublicKey hostKey() throws Exception {
        return PublicKeyEntry.parsePublicKeyEntry(read("lab_host_ed25519_key.pub").strip())
                .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CapturedKnownHostsTest.class.getResourceAsStream("/fixtures/captured/ssh/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
