package io.ovnscope.core.nodeport;

/** A dump of the bridge that a preview or check needs did not complete; the message says which and why. */
public final class FlowDumpFailed extends Exception {
    private static final long serialVersionUID = 1L;

    public FlowDumpFailed(String message) {
        super(message);
    }
}
