package io.ovnscope.core.node;

/** Asks the user for the passphrase of an encrypted private key. */
@FunctionalInterface
public interface PassphrasePrompt {
    /** For callers with no one to ask: an encrypted key then fails with "needs a passphrase". */
    PassphrasePrompt NONE = (keyFile, attempt) -> null;

    /**
     * @param keyFile the key's file, as the user gave it
     * @param attempt 1 for the first ask, 2 and 3 after a wrong passphrase
     * @return the passphrase, or null when the user gives up
     */
    char[] passphrase(String keyFile, int attempt);
}
