package io.ovnscope.collectors.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.config.hosts.KnownHostHashValue;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * An OpenSSH known_hosts file: plain and hashed ({@code |1|salt|hash}) host names, {@code [host]:port} for
 * ports other than 22, and the {@code @revoked} marker. Read afresh on every check so a key the user added by
 * hand (or with ssh) counts at once; lines it cannot read are skipped, as OpenSSH skips them.
 */
public final class KnownHostsFile {
    private static final String REVOKED = "revoked";
    private static final String CERT_AUTHORITY = "cert-authority";

    private final Path file;

    public KnownHostsFile(Path file) {
        this.file = file;
    }

    /** The user's {@code ~/.ssh/known_hosts}. */
    public static KnownHostsFile userDefault() {
        return new KnownHostsFile(Path.of(System.getProperty("user.home"), ".ssh", "known_hosts"));
    }

    public Path path() {
        return file;
    }

    /** What this file says about {@code key} offered by {@code host} on {@code port}. */
    public HostKeyCheck check(String host, int port, PublicKey key) throws IOException {
        String type = KeyUtils.getKeyType(key);
        Set<String> otherTypes = new LinkedHashSet<>();
        HostKeyCheck.Changed changed = null;
        HostKeyCheck.Known known = null;
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            Listed listed = listedKey(lines.get(i), host, port);
            if (listed == null) {
                continue;
            }
            boolean same = KeyUtils.compareKeys(listed.key(), key);
            if (REVOKED.equals(listed.marker())) {
                if (same) {
                    return new HostKeyCheck.Revoked(lineNumber);
                }
            } else if (same) {
                known = known == null ? new HostKeyCheck.Known(lineNumber) : known;
            } else if (type.equals(KeyUtils.getKeyType(listed.key()))) {
                changed = changed == null
                        ? new HostKeyCheck.Changed(lineNumber, Fingerprints.sha256(listed.key())) : changed;
            } else {
                otherTypes.add(KeyUtils.getKeyType(listed.key()));
            }
        }
        // OpenSSH trusts a key listed anywhere for the host, even when another line lists an older one.
        if (known != null) {
            return known;
        }
        if (changed != null) {
            return changed;
        }
        return new HostKeyCheck.Unknown(new ArrayList<>(otherTypes));
    }

    /**
     * Appends {@code key} for {@code host:port} as OpenSSH would write it, hashed (like Debian's default
     * {@code HashKnownHosts yes}) or plain. Creates the file (and a private ~/.ssh) when missing.
     *
     * @return the 1-based line number of the new entry
     */
    public int append(String host, int port, PublicKey key, boolean hashed) throws IOException {
        StringBuilder line = new StringBuilder();
        if (hashed) {
            byte[] salt = new byte[20];
            new SecureRandom().nextBytes(salt);
            try {
                byte[] digest = KnownHostHashValue.calculateHashValue(
                        host, port, KnownHostHashValue.DEFAULT_DIGEST, salt);
                KnownHostHashValue.append(line, KnownHostHashValue.DEFAULT_DIGEST, salt, digest);
            } catch (Exception e) {
                throw new IOException("cannot hash host name " + host + ": " + e.getMessage(), e);
            }
        } else {
            line.append(KnownHostHashValue.createHostPattern(host, port));
        }
        line.append(' ');
        PublicKeyEntry.appendPublicKeyEntry(line, key);
        line.append('\n');

        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent);
            PrivateFiles.restrictToOwner(parent);
        }
        byte[] existing = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        String prefix = existing.length > 0 && existing[existing.length - 1] != '\n' ? "\n" : "";
        Files.writeString(file, prefix + line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return countLines(file);
    }

    private static int countLines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).size();
    }

    /** The key a line lists for this host and port, or null when it lists none (or cannot be read). */
    private static Listed listedKey(String raw, String host, int port) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return null;
        }
        try {
            KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(line);
            if (entry == null || CERT_AUTHORITY.equals(entry.getMarker()) || !hostMatches(entry, line, host, port)) {
                return null;
            }
            PublicKey key = entry.getKeyEntry().resolvePublicKey(null, null, PublicKeyEntryResolver.IGNORING);
            return key == null ? null : new Listed(entry.getMarker(), key);
        } catch (RuntimeException | IOException | java.security.GeneralSecurityException e) {
            // A line OpenSSH would not read either (a key type this JDK lacks, a typo): it lists nothing.
            return null;
        }
    }

    private static boolean hostMatches(KnownHostEntry entry, String line, String host, int port) {
        if (entry.getHashedEntry() != null) {
            return entry.getHashedEntry().isHostMatch(host, port);
        }
        String[] fields = line.split("\\s+");
        String patterns = fields[0].startsWith("@") && fields.length > 1 ? fields[1] : fields[0];
        return HostPatterns.matches(patterns, KnownHostHashValue.createHostPattern(host, port));
    }

    private record Listed(String marker, PublicKey key) { }
}
