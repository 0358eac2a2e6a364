package io.ovnscope.collectors.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import io.ovnscope.testing.OpenSsh;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * known_hosts files made by OpenSSH itself (ssh-keyscan against the lab's sshd, ssh-keygen -H to hash them),
 * with the expected line numbers and fingerprints read from those files and from ssh-keygen -lf.
 */
@ExtendWith(Lab.class)
class KnownHostsFileTest {
    @TempDir
    Path dir;

    @Test
    void findsTheKeyInAPlainFileFromSshKeyscan(LabNode lab) throws Exception {
        Path file = keyscan(lab, "plain");
        List<String> lines = Files.readAllLines(file);
        // ssh-keyscan writes the host as [127.0.0.1]:PORT because the port is not 22; the lab has one host key.
        assertThat(lines).containsExactly(lab.knownHostsLine());

        HostKeyCheck check = new KnownHostsFile(file).check(lab.host(), lab.port(), hostKey(lab));

        assertThat(check).isEqualTo(new HostKeyCheck.Known(1));
    }

    @Test
    void findsTheKeyAfterSshKeygenHashedTheFile(LabNode lab) throws Exception {
        Path file = keyscan(lab, "hashed");
        Files.writeString(file, "# comment\n\n" + Files.readString(file));
        OpenSsh.run("ssh-keygen", "-H", "-f", file.toString());
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(2)).startsWith("|1|").endsWith(lab.knownHostsLine().split(" ")[2]);

        assertThat(new KnownHostsFile(file).check(lab.host(), lab.port(), hostKey(lab)))
                .isEqualTo(new HostKeyCheck.Known(3));
        assertThat(new KnownHostsFile(file).check(lab.host(), lab.port() + 1, hostKey(lab)))
                .isEqualTo(new HostKeyCheck.Unknown(List.of()));
    }

    @Test
    void anEntryWithoutPortIsForPort22Only(LabNode lab) throws Exception {
        Path file = dir.resolve("port22");
        String[] key = lab.hostPublicKeyLine().split(" ");
        Files.writeString(file, "127.0.0.1 " + key[0] + " " + key[1] + "\n");

        assertThat(new KnownHostsFile(file).check("127.0.0.1", lab.port(), hostKey(lab)))
                .isEqualTo(new HostKeyCheck.Unknown(List.of()));
        assertThat(new KnownHostsFile(file).check("127.0.0.1", 22, hostKey(lab)))
                .isEqualTo(new HostKeyCheck.Known(1));
    }

    @Test
    void anotherKeyOfTheSameTypeIsAChangeNamingItsLine(LabNode lab) throws Exception {
        Path impostor = OpenSsh.newKey(dir, "impostor", "ed25519", "");
        Path file = keyscan(lab, "changed");
        String labLine = Files.readString(file).strip();
        String impostorLine = "[127.0.0.1]:" + lab.port() + " " + Files.readString(Path.of(impostor + ".pub"));
        Files.writeString(file, "# first\nnode9 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ==\n" + impostorLine);

        HostKeyCheck check = new KnownHostsFile(file).check(lab.host(), lab.port(), hostKey(lab));

        assertThat(check).isEqualTo(new HostKeyCheck.Changed(3, OpenSsh.fingerprint(Path.of(impostor + ".pub"))));
        Files.writeString(file, labLine + "\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(new KnownHostsFile(file).check(lab.host(), lab.port(), hostKey(lab)))
                .as("a key listed anywhere for the host is trusted, as OpenSSH does")
                .isEqualTo(new HostKeyCheck.Known(4));
    }

    @Test
    void keysOfOtherTypesMakeItUnknownWithANote(LabNode lab) throws Exception {
        Path ecdsa = OpenSsh.newKey(dir, "ecdsa-host", "ecdsa", "");
        Path file = dir.resolve("other-type");
        Files.writeString(file, "[127.0.0.1]:" + lab.port() + " " + Files.readString(Path.of(ecdsa + ".pub")));

        assertThat(new KnownHostsFile(file).check(lab.host(), lab.port(), hostKey(lab)))
                .isEqualTo(new HostKeyCheck.Unknown(List.of("ecdsa-sha2-nistp256")));
    }

    @Test
    void aRevokedKeyIsRevoked(LabNode lab) throws Exception {
        Path file = dir.resolve("revoked");
        Files.writeString(file, lab.knownHostsLine() + "\n@revoked * " + lab.hostPublicKeyLine() + "\n");

        assertThat(new KnownHostsFile(file).check(lab.host(), lab.port(), hostKey(lab)))
                .isEqualTo(new HostKeyCheck.Revoked(2));
    }

    @Test
    void linesOpenSshWouldSkipAreSkipped(LabNode lab) throws Exception {
        Path file = dir.resolve("messy");
        Files.writeString(file, "garbage\n[127.0.0.1]:" + lab.port() + " ssh-ed25519 not-base64!\n\n   \n"
                + "@cert-authority * " + lab.hostPublicKeyLine() + "\r\n" + lab.knownHostsLine() + "\r\n");

        assertThat(new KnownHostsFile(file).check(lab.host(), lab.port(), hostKey(lab)))
                .isEqualTo(new HostKeyCheck.Known(6));
    }

    @Test
    void appendsPlainLinesSshKeygenFinds(LabNode lab) throws Exception {
        Path file = dir.resolve("new").resolve("known_hosts");
        KnownHostsFile knownHosts = new KnownHostsFile(file);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# no newline at the end");

        assertThat(knownHosts.append("node1.example", 22, hostKey(lab), false)).isEqualTo(2);
        assertThat(knownHosts.append("127.0.0.1", lab.port(), hostKey(lab), false)).isEqualTo(3);

        String[] key = lab.hostPublicKeyLine().split(" ");
        assertThat(Files.readAllLines(file)).containsExactly("# no newline at the end",
                "node1.example " + key[0] + " " + key[1], lab.knownHostsLine());
        assertThat(OpenSsh.run("ssh-keygen", "-F", "node1.example", "-f", file.toString())).contains("found: line 2");
    }

    @Test
    void fingerprintsMatchSshKeygen(LabNode lab) throws Exception {
        for (String type : List.of("ed25519", "ecdsa", "rsa")) {
            Path key = OpenSsh.newKey(dir, "fp-" + type, type, "");
            Path pub = Path.of(key + ".pub");
            assertThat(Fingerprints.sha256(publicKey(Files.readString(pub)))).as(type)
                    .isEqualTo(OpenSsh.fingerprint(pub));
        }
        assertThat(Fingerprints.sha256(hostKey(lab))).isEqualTo(OpenSsh.fingerprint(lab.hostPublicKey()));
    }

    private Path keyscan(LabNode lab, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, OpenSsh.run("sh", "-c",
                "ssh-keyscan -p " + lab.port() + " " + lab.host() + " 2>/dev/null"));
        return file;
    }

    private static PublicKey hostKey(LabNode lab) throws Exception {
        return publicKey(lab.hostPublicKeyLine());
    }

    private static PublicKey publicKey(String line) throws Exception {
        return PublicKeyEntry.parsePublicKeyEntry(line.strip())
                .resolvePublicKey(null, null, PublicKeyEntryResolver.FAILING);
    }
}
