package io.ovnscope.core.node;

/** Asks the user whether to trust a server key never seen before. Only a yes lets the connection go on. */
@FunctionalInterface
public interface HostKeyPrompt {
    /** Refuses every unknown key: for runs nobody watches. */
    HostKeyPrompt REFUSE = question -> false;

    boolean accept(HostKeyQuestion question);
}
