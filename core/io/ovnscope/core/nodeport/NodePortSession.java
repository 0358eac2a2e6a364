package io.ovnscope.core.nodeport;

/**
 * The NodePort set on one bridge of one connected node: what the bridge holds, what a command would do, doing
 * it, checking it. Implementations refuse every write the preview does not allow and log each one they make.
 */
public interface NodePortSession extends AutoCloseable {
    /** Where the session writes, e.g. {@code root@node1:22 br-int}. */
    String address();

    /** The flows under the set's cookies against the set these parameters make. */
    FlowSetDiff status(NodePortParameters parameters) throws FlowDumpFailed;

    /** What the command would do now, from a fresh dump; nothing is changed. */
    Preview preview(NodePortCommand command) throws FlowDumpFailed;

    /** Runs an allowed preview (after the user confirmed it) and checks the bridge by a dump. */
    WriteResult apply(Preview preview);

    /** Which state the bridge is in for this command: after it, before it, or neither. */
    Verification verify(NodePortCommand command);

    @Override
    void close();
}
