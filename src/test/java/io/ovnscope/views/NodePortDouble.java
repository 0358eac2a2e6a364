package io.ovnscope.views;

import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.core.nodeport.AuditEntry;
import io.ovnscope.core.nodeport.AuditLog;
import io.ovnscope.core.nodeport.FlowChange;
import io.ovnscope.core.nodeport.FlowSetDiff;
import io.ovnscope.core.nodeport.NodePortAccess;
import io.ovnscope.core.nodeport.NodePortCommand;
import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.nodeport.NodePortSession;
import io.ovnscope.core.nodeport.PlannedFlow;
import io.ovnscope.core.nodeport.Preview;
import io.ovnscope.core.nodeport.Refusal;
import io.ovnscope.core.nodeport.Verification;
import io.ovnscope.core.nodeport.WriteResult;
import io.ovnscope.core.snapshot.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A node for the NodePort dialog that holds its flows in memory: previews list the planned flows as the real
 * one does (a command line per change, + and - lines), applies succeed and are logged; a refusal can be set.
 */
final class NodePortDouble implements NodePortAccess {
    final List<String> opened = new CopyOnWriteArrayList<>();
    final List<NodePortCommand> applied = new CopyOnWriteArrayList<>();
    final AtomicReference<Refusal> refusal = new AtomicReference<>();
    final AtomicReference<Verification.State> outcome = new AtomicReference<>(Verification.State.AS_PLANNED);
    private final List<AuditEntry> log = new CopyOnWriteArrayList<>();

    @Override
    public NodePortSession open(ConnectionProfile profile, char[] password, HostKeyPrompt hostKeys,
                                PassphrasePrompt passphrases, boolean acceptNew, String bridge)
            throws NodeConnectException {
        opened.add(profile.address() + " " + bridge);
        return new Session(profile.address() + " " + bridge, bridge);
    }

    @Override
    public AuditLog auditLog() {
        return new AuditLog() {
            @Override
            public void append(AuditEntry entry) {
                log.add(entry);
            }

            @Override
            public List<AuditEntry> entries() {
                return List.copyOf(log);
            }
        };
    }

    private final class Session implements NodePortSession {
        private final String address;
        private final String bridge;

        Session(String address, String bridge) {
            this.address = address;
            this.bridge = bridge;
        }

        @Override
        public String address() {
            return address;
        }

        @Override
        public FlowSetDiff status(NodePortParameters parameters) {
            return new FlowSetDiff(List.of(), io.ovnscope.core.nodeport.NodePortProgram.flows(parameters), List.of());
        }

        @Override
        public Preview preview(NodePortCommand command) {
            List<String> diff = new ArrayList<>();
            List<PlannedFlow> flows = command.change() instanceof FlowChange.AddFlows add ? add.flows()
                    : command.expectedBefore();
            String sign = command.change() instanceof FlowChange.AddFlows ? "+ " : "- ";
            flows.forEach(f -> diff.add(sign + f.text()));
            Refusal refused = refusal.get();
            return new Preview(command, bridge, List.of(CommandSpec.of("ovs-ofctl -O OpenFlow15 --bundle "
                    + (command.change() instanceof FlowChange.AddFlows ? "add-flows " : "del-flows ") + bridge)),
                    FlowSetDiff.none(), diff, refused == null ? List.of() : List.of(refused));
        }

        @Override
        public WriteResult apply(Preview preview) {
            applied.add(preview.command());
            Verification.State state = outcome.get();
            CommandRun run = new CommandRun(preview.steps().get(0).command(), Outcome.COMPLETED, 0, null,
                    Duration.ZERO, "", "", false, null);
            log.add(new AuditEntry(Instant.parse("2026-11-22T19:00:00Z"), "node1", "core", bridge,
                    preview.commandText(), state.name()));
            return new WriteResult(preview, List.of(run), new Verification(state,
                    FlowSetDiff.none(), state == Verification.State.AS_PLANNED ? "as planned" : "not as planned"),
                    state == Verification.State.DIFFERENT);
        }

        @Override
        public Verification verify(NodePortCommand command) {
            return new Verification(outcome.get(), FlowSetDiff.none(), "checked");
        }

        @Override
        public void close() {
        }
    }
}
