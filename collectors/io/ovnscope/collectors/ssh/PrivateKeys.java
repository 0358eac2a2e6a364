package io.ovnscope.collectors.ssh;

import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.NodeConnectException.Failure;
import io.ovnscope.core.node.PassphrasePrompt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Reads a private key file before connecting, so a wrong passphrase or a public key given by mistake is said
 * plainly instead of surfacing as a refused login.
 */
final class PrivateKeys {
    /** Tries, as ssh does, before giving up on a passphrase. */
    static final int PASSPHRASE_ATTEMPTS = 3;

    private PrivateKeys() {
    }

    static List<KeyPair> load(Path file, PassphrasePrompt prompt) throws NodeConnectException {
        Asking asking = new Asking(file.toString(), prompt);
        List<KeyPair> keys = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> read = SecurityUtils.loadKeyPairIdentities(
                    null, NamedResource.ofName(file.toString()), in, asking);
            if (read != null) {
                read.forEach(keys::add);
            }
        } catch (NoSuchFileException e) {
            throw new NodeConnectException(Failure.KEY_UNREADABLE, "key file " + file + " does not exist", e);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw asking.failure(file, e);
        }
        if (keys.isEmpty()) {
            throw new NodeConnectException(Failure.KEY_UNREADABLE,
                    file + " holds no private key (give the private key, not the .pub file)");
        }
        return keys;
    }

    /** Asks the user through the prompt and remembers whether it did, to name the failure right. */
    private static final class Asking implements FilePasswordProvider {
        private final String file;
        private final PassphrasePrompt prompt;
        private int asked;
        private boolean declined;

        Asking(String file, PassphrasePrompt prompt) {
            this.file = file;
            this.prompt = prompt;
        }

        @Override
        public String getPassword(SessionContext session, NamedResource resource, int retryIndex) {
            asked++;
            char[] passphrase = prompt.passphrase(file, retryIndex + 1);
            if (passphrase == null) {
                declined = true;
                return null;
            }
            return new String(passphrase);
        }

        @Override
        public ResourceDecodeResult handleDecodeAttemptResult(SessionContext session, NamedResource resource,
                                                              int retryIndex, String password, Exception err) {
            if (err == null || declined || password == null) {
                return ResourceDecodeResult.TERMINATE;
            }
            return retryIndex + 1 < PASSPHRASE_ATTEMPTS ? ResourceDecodeResult.RETRY : ResourceDecodeResult.TERMINATE;
        }

        NodeConnectException failure(Path keyFile, Exception e) {
            if (declined) {
                return new NodeConnectException(Failure.PASSPHRASE,
                        "key " + keyFile + " is encrypted and no passphrase was given", e);
            }
            if (asked > 0) {
                return new NodeConnectException(Failure.PASSPHRASE,
                        "wrong passphrase for key " + keyFile + " (" + asked + " attempt" + (asked > 1 ? "s" : "")
                                + ")", e);
            }
            return new NodeConnectException(Failure.KEY_UNREADABLE,
                    "cannot read private key " + keyFile + ": " + e.getMessage(), e);
        }
    }
}
