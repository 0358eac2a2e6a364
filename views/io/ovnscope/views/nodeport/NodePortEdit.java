package io.ovnscope.views.nodeport;

import io.ovnscope.core.nodeport.NodePortCommand;
import io.ovnscope.core.nodeport.NodePortParameters;

/** The edits the dialog offers, and the command each makes from the set's parameters and a port. */
enum NodePortEdit {
    INSTALL("Install the set", false),
    ADD_PORT("Add a NodePort", true),
    REMOVE_PORT("Remove a NodePort", true),
    REMOVE_ALL("Remove the set", false);

    private final String label;
    private final boolean needsPort;

    NodePortEdit(String label, boolean needsPort) {
        this.label = label;
        this.needsPort = needsPort;
    }

    boolean needsPort() {
        return needsPort;
    }

    /** Throws {@link io.ovnscope.core.nodeport.InvalidNodePortParameters} for a port edit that cannot be. */
    NodePortCommand command(NodePortParameters parameters, int port) {
        return switch (this) {
            case INSTALL -> new NodePortCommand.Install(parameters);
            case ADD_PORT -> new NodePortCommand.AddPort(parameters, port);
            case REMOVE_PORT -> new NodePortCommand.RemovePort(parameters, port);
            case REMOVE_ALL -> new NodePortCommand.RemoveAll(parameters);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
