package io.ovnscope.core.nodeport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One undoable edit of a bridge's NodePort flows, in the shape of Scene Builder's jobs: it says what it does,
 * what the bridge holds under the set's cookies before and after, and which command undoes it. Running it is
 * the node side's business; a command only describes.
 */
public sealed interface NodePortCommand {
    /** One line for a confirmation question and the audit log. */
    String description();

    /** The change to send. */
    FlowChange change();

    /** The set the bridge holds before, or empty when it holds none. */
    Optional<NodePortParameters> before();

    /** The set the bridge holds after, or empty when it holds none. */
    Optional<NodePortParameters> after();

    /** The command that puts the bridge back as it was before this one. */
    NodePortCommand inverse();

    /** The cookies whose flows this command touches and verifies. */
    default List<Long> cookies() {
        return before().or(this::after).orElseThrow().cookies();
    }

    /** Exactly the flows the bridge should hold under {@link #cookies()} before this command. */
    default List<PlannedFlow> expectedBefore() {
        return before().map(NodePortProgram::flows).orElse(List.of());
    }

    /** Exactly the flows the bridge should hold under {@link #cookies()} after this command. */
    default List<PlannedFlow> expectedAfter() {
        return after().map(NodePortProgram::flows).orElse(List.of());
    }

    /** Installs the whole set on a bridge that holds none of it. */
    record Install(NodePortParameters parameters) implements NodePortCommand {
        @Override
        public String description() {
            return "install the NodePort flow set (" + NodePortProgram.flows(parameters).size() + " flows, cookie "
                    + NodePortInput.hex(parameters.cookie()) + ", NodePorts " + parameters.nodePorts() + ")";
        }

        @Override
        public FlowChange change() {
            return new FlowChange.AddFlows(NodePortProgram.flows(parameters));
        }

        @Override
        public Optional<NodePortParameters> before() {
            return Optional.empty();
        }

        @Override
        public Optional<NodePortParameters> after() {
            return Optional.of(parameters);
        }

        @Override
        public NodePortCommand inverse() {
            return new RemoveAll(parameters);
        }
    }

    /** Removes every flow with the set's cookies. */
    record RemoveAll(NodePortParameters parameters) implements NodePortCommand {
        @Override
        public String description() {
            return "remove every flow with cookie " + String.join(" or ",
                    parameters.cookies().stream().map(NodePortInput::hex).toList());
        }

        @Override
        public FlowChange change() {
            return new FlowChange.DeleteByCookie(parameters.cookies());
        }

        @Override
        public Optional<NodePortParameters> before() {
            return Optional.of(parameters);
        }

        @Override
        public Optional<NodePortParameters> after() {
            return Optional.empty();
        }

        @Override
        public NodePortCommand inverse() {
            return new Install(parameters);
        }
    }

    /** Lets one more NodePort in: its two flows. */
    record AddPort(NodePortParameters current, int port) implements NodePortCommand {
        public AddPort {
            if (current.nodePorts().contains(port)) {
                throw new InvalidNodePortParameters(List.of(new FieldError("node-port",
                        port + " is installed already")));
            }
        }

        @Override
        public String description() {
            return "add NodePort " + port + " (2 flows)";
        }

        @Override
        public FlowChange change() {
            return new FlowChange.AddFlows(NodePortProgram.portFlows(current, port));
        }

        @Override
        public Optional<NodePortParameters> before() {
            return Optional.of(current);
        }

        @Override
        public Optional<NodePortParameters> after() {
            List<Integer> ports = new ArrayList<>(current.nodePorts());
            ports.add(port);
            return Optional.of(current.withNodePorts(ports));
        }

        @Override
        public NodePortCommand inverse() {
            return new RemovePort(after().orElseThrow(), port);
        }
    }

    /** Closes one NodePort of several: deletes exactly its two flows. The last one goes with {@link RemoveAll}. */
    record RemovePort(NodePortParameters current, int port) implements NodePortCommand {
        public RemovePort {
            if (!current.nodePorts().contains(port)) {
                throw new InvalidNodePortParameters(List.of(new FieldError("node-port",
                        port + " is not one of the installed NodePorts " + current.nodePorts())));
            }
            if (current.nodePorts().size() == 1) {
                throw new InvalidNodePortParameters(List.of(new FieldError("node-port",
                        port + " is the only NodePort; remove the whole set instead")));
            }
        }

        @Override
        public String description() {
            return "remove NodePort " + port + " (2 flows)";
        }

        @Override
        public FlowChange change() {
            return new FlowChange.DeleteFlows(NodePortProgram.portFlows(current, port));
        }

        @Override
        public Optional<NodePortParameters> before() {
            return Optional.of(current);
        }

        @Override
        public Optional<NodePortParameters> after() {
            List<Integer> ports = new ArrayList<>(current.nodePorts());
            ports.remove(Integer.valueOf(port));
            return Optional.of(current.withNodePorts(ports));
        }

        @Override
        public NodePortCommand inverse() {
            return new AddPort(after().orElseThrow(), port);
        }
    }
}
