package io.ovnscope.collectors.ssh;

import io.ovnscope.core.node.PassphrasePrompt;
import java.nio.file.Path;
import java.util.Objects;

/** How to log in. Exactly what the user chose is offered: no ~/.ssh/id_* and no ~/.ssh/config are consulted. */
public sealed interface SshAuth {
    /** A private key file (OpenSSH or PEM; RSA, ECDSA or ed25519); a passphrase is asked through the prompt. */
    record KeyFile(Path file, PassphrasePrompt passphrase) implements SshAuth {
        public KeyFile {
            Objects.requireNonNull(file);
            Objects.requireNonNull(passphrase);
        }
    }

    /** The keys of a running ssh-agent, reached by its unix socket (usually {@code $SSH_AUTH_SOCK}). */
    record Agent(Path socket) implements SshAuth {
        public Agent {
            Objects.requireNonNull(socket);
        }

        /** The agent of this session, from {@code SSH_AUTH_SOCK}; null when there is none. */
        public static Agent fromEnvironment() {
            String sock = System.getenv("SSH_AUTH_SOCK");
            return sock == null || sock.isBlank() ? null : new Agent(Path.of(sock));
        }
    }

    /** A password. Never saved: the caller clears the array after connecting. */
    record Password(char[] password) implements SshAuth {
        public Password {
            Objects.requireNonNull(password);
        }
    }
}
