package io.ovnscope.collectors.ssh;

import io.ovnscope.core.node.HostKeyPrompt;
import java.util.Objects;

/**
 * How server keys are trusted, as OpenSSH trusts them.
 *
 * @param knownHosts     the file that lists trusted keys and receives accepted new ones
 * @param acceptNew      add an unknown key without asking (OpenSSH's {@code StrictHostKeyChecking accept-new});
 *                       a changed key is refused all the same
 * @param hashNewEntries write new entries hashed, as Debian's {@code HashKnownHosts yes} does
 * @param prompt         asks the user about an unknown key when acceptNew is off
 */
public record HostKeyPolicy(KnownHostsFile knownHosts, boolean acceptNew, boolean hashNewEntries,
                            HostKeyPrompt prompt) {
    public HostKeyPolicy {
        Objects.requireNonNull(knownHosts);
        Objects.requireNonNull(prompt);
    }

    /** Ask the user about unknown keys, write them plain to the given file. */
    public static HostKeyPolicy asking(KnownHostsFile knownHosts, HostKeyPrompt prompt) {
        return new HostKeyPolicy(knownHosts, false, false, prompt);
    }

    public HostKeyPolicy withAcceptNew(boolean accept) {
        return new HostKeyPolicy(knownHosts, accept, hashNewEntries, prompt);
    }
}
