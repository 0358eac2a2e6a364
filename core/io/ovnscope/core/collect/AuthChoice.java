package io.ovnscope.core.collect;

/**
 * How to log in to a node. Holds no secret: a password or passphrase is asked for when needed and never
 * stored with the profile.
 */
public sealed interface AuthChoice {
    /** A private key file (OpenSSH or PEM; RSA, ECDSA or ed25519), its passphrase asked through a prompt. */
    record KeyFile(String path) implements AuthChoice {
    }

    /** The running SSH agent ({@code SSH_AUTH_SOCK}). */
    record Agent() implements AuthChoice {
    }

    /** A password, asked at connect time. */
    record Password() implements AuthChoice {
    }
}
