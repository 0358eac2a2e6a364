package io.ovnscope.core.node;

/**
 * A server key not yet in known_hosts, shown to the user to accept or refuse, as OpenSSH shows it.
 *
 * @param host        the host as the user named it
 * @param port        the SSH port
 * @param keyType     the key's SSH type, e.g. {@code ssh-ed25519}
 * @param fingerprint OpenSSH's form: {@code SHA256:} and the unpadded base64 of the key's SHA-256
 * @param knownHosts  the file the key would be added to
 * @param note        extra words for the user (e.g. keys of other types are known for this host), or empty
 */
public record HostKeyQuestion(String host, int port, String keyType, String fingerprint, String knownHosts,
                              String note) {
}
