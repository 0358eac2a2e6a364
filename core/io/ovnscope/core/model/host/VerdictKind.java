package io.ovnscope.core.model.host;

/** The built-in verdicts of iptables. */
public enum VerdictKind {
    ACCEPT, DROP, RETURN
}
