package io.ovnscope.collectors.ssh;

import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;

/** Key names as OpenSSH prints them, so the user can compare with {@code ssh-keygen -lf}. */
final class Fingerprints {
    private Fingerprints() {
    }

    /** {@code SHA256:} and the unpadded base64 of the SHA-256 of the key blob. */
    static String sha256(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    /** The SSH key type, e.g. {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256}, {@code ssh-rsa}. */
    static String type(PublicKey key) {
        return KeyUtils.getKeyType(key);
    }
}
