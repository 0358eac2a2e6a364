package io.ovnscope.collectors.nodeport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.NodeShell;
import io.ovnscope.core.nodeport.AuditEntry;
import io.ovnscope.core.nodeport.AuditLog;
import io.ovnscope.core.nodeport.NodePortCommand;
import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.nodeport.Preview;
import io.ovnscope.core.nodeport.Refusal;
import io.ovnscope.core.nodeport.Verification;
import io.ovnscope.core.nodeport.WriteResult;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.testing.ClasspathFixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The bridge's decisions over a scripted node whose dumps are real OVS output (fixtures/captured/nodeport);
 * the lab tests make the same decisions on a live bridge.
 */
class NodePortBridgeTest {
    private static final String HEADER = "OFPST_FLOW reply (OF1.5) (xid=0x6):\n";
    private static final String DUMP_520 = "ovs-ofctl -O OpenFlow15 dump-flows br-int cookie=0x520/-1";
    private static final String DUMP_ALL = "ovs-ofctl -O OpenFlow15 dump-flows br-int";

    private final NodePortParameters seed = NodePortParameters.seedDefaults(IpAddress.parse("10.176.25.1").orElseThrow());
    private final ScriptedShell shell = new ScriptedShell();
    private final List<AuditEntry> audit = new CopyOnWriteArrayList<>();

    private NodePortBridge bridge(boolean readOnly) {
        ConnectionProfile profile = new ConnectionProfile("n", "node1", 22, "root", new AuthChoice.Agent(),
                Optional.empty(), Optional.empty(), ToolPrefixes.DISCOVER, readOnly);
        AuditLog log = new AuditLog() {
            @Override
            public void append(AuditEntry entry) {
                audit.add(entry);
            }

            @Override
            public List<AuditEntry> entries() {
                return List.copyOf(audit);
            }
        };
        return new NodePortBridge(shell, profile, new WriteCommands("br-int", ""), log,
                Clock.fixed(Instant.parse("2026-11-22T19:00:00Z"), ZoneOffset.UTC));
    }

    private static String installed() {
        return ClasspathFixtures.read("captured/nodeport/dump-flows-cookie-0x520-seed-set.txt");
    }

    @Test
    void anEmptyBridgeMayTakeTheSetAndThePreviewShowsEveryFlow() throws Exception {
        shell.answers.put(DUMP_520, HEADER);
        shell.answers.put(DUMP_ALL, HEADER);
        Preview preview = bridge(false).preview(new NodePortCommand.Install(seed));
        assertThat(preview.allowed()).isTrue();
        assertThat(preview.diff()).hasSize(20).allMatch(line -> line.startsWith("+ table="));
        assertThat(preview.commandText()).hasSize(22);
    }

    @Test
    void theInstalledSetIsNotInstalledAgainButMayBeRemoved() throws Exception {
        shell.answers.put(DUMP_520, installed());
        shell.answers.put(DUMP_ALL, installed());
        assertThat(bridge(false).preview(new NodePortCommand.Install(seed)).refusals())
                .extracting(Refusal::reason).containsExactly("the set is installed already: nothing to do");
        Preview remove = bridge(false).preview(new NodePortCommand.RemoveAll(seed));
        assertThat(remove.allowed()).isTrue();
        // One "-" line per flow the dump by cookie holds, as add-flow text.
        assertThat(remove.diff()).hasSize(20).contains("- table=5,cookie=0x520,priority=210,tcp,reg0=0x4/0xffff,"
                + "nw_dst=10.176.25.244,tp_dst=31736 actions=resubmit(,6)");
    }

    @Test
    void aPortEditOnASetThatIsNotThereIsRefusedWithWhatIsMissing() throws Exception {
        shell.answers.put(DUMP_520, installed());
        shell.answers.put(DUMP_ALL, installed());
        NodePortParameters two = seed.withNodePorts(List.of(31736, 30232));
        Preview preview = bridge(false).preview(new NodePortCommand.RemovePort(two, 30232));
        assertThat(preview.refusals()).singleElement().satisfies(r -> {
            assertThat(r.reason()).startsWith("the bridge does not hold the set this change starts from (2 flows missing, 0 others");
            assertThat(r.show()).containsExactly(
                    "missing: table=5, cookie=0x520,priority=210,reg0=0x4/0xffff,ip,nw_dst=10.176.25.244,tcp,tp_dst=30232 actions=resubmit(,6)",
                    "missing: table=7, cookie=0x520,priority=200,ip,tcp,tp_dst=30232 actions=ct(table=8,zone=52100,nat)");
        });
    }

    @Test
    void aReadOnlyProfileIsRefusedAndItsPreviewCannotBeSmuggledIn() throws Exception {
        shell.answers.put(DUMP_520, HEADER);
        shell.answers.put(DUMP_ALL, HEADER);
        Preview refused = bridge(true).preview(new NodePortCommand.Install(seed));
        assertThat(refused.refusals()).extracting(Refusal::reason).singleElement().asString()
                .startsWith("the profile n is read-only");
        Preview forged = new Preview(refused.command(), refused.bridge(), refused.steps(), refused.now(),
                refused.diff(), List.of());
        assertThatThrownBy(() -> bridge(true).apply(forged)).hasMessageContaining("not made by this session");
        Preview otherCommands = new Preview(refused.command(), "br-int",
                List.of(CommandSpec.of("ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x0/-1")),
                refused.now(), refused.diff(), List.of());
        assertThatThrownBy(() -> bridge(false).apply(otherCommands)).hasMessageContaining("not made by this session");
        assertThat(shell.ran).noneMatch(c -> c.contains("add-flows") || c.contains("del-flows"));
    }

    @Test
    void aWriteIsCheckedByADumpAndLogged() throws Exception {
        shell.answers.put(DUMP_520, HEADER);
        shell.answers.put(DUMP_ALL, HEADER);
        NodePortBridge bridge = bridge(false);
        Preview preview = bridge.preview(new NodePortCommand.Install(seed));
        // The node takes the bundle; from then on its dump by cookie shows the set.
        shell.afterWrite = () -> shell.answers.put(DUMP_520, installed());
        WriteResult result = bridge.apply(preview);
        assertThat(result.verification().state()).isEqualTo(Verification.State.AS_PLANNED);
        assertThat(result.rollbackOffered()).isFalse();
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.host()).isEqualTo("node1");
            assertThat(entry.user()).isEqualTo("root");
            assertThat(entry.commands()).hasSize(22);
            assertThat(entry.result()).isEqualTo("ok; AS_PLANNED: the bridge holds exactly the 20 planned flows under cookie 0x520");
        });
    }

    @Test
    void aWriteThatLeavesNeitherStateOffersTheRollback() throws Exception {
        shell.answers.put(DUMP_520, HEADER);
        shell.answers.put(DUMP_ALL, HEADER);
        NodePortBridge bridge = bridge(false);
        Preview preview = bridge.preview(new NodePortCommand.Install(seed));
        String half = String.join("\n", installed().lines().limit(11).toList()) + "\n";
        shell.afterWrite = () -> shell.answers.put(DUMP_520, half);
        WriteResult result = bridge.apply(preview);
        assertThat(result.verification().state()).isEqualTo(Verification.State.DIFFERENT);
        assertThat(result.verification().message()).isEqualTo(
                "the bridge holds neither the plan nor what it held before: 10 planned flows missing, 0 others under cookie 0x520");
        assertThat(result.rollbackOffered()).isTrue();
    }

    @Test
    void aLostConnectionLeavesTheStateUnknownAndSaysHowToFindOut() throws Exception {
        shell.answers.put(DUMP_520, HEADER);
        shell.answers.put(DUMP_ALL, HEADER);
        NodePortBridge bridge = bridge(false);
        Preview preview = bridge.preview(new NodePortCommand.Install(seed));
        shell.lostOnWrite = true;
        WriteResult result = bridge.apply(preview);
        assertThat(result.runs()).singleElement().extracting(CommandRun::outcome).isEqualTo(Outcome.NOT_RUN);
        assertThat(result.verification().state()).isEqualTo(Verification.State.UNKNOWN);
        assertThat(result.verification().message()).contains("all or none", "reconnect and run status");
        assertThat(bridge.preview(new NodePortCommand.Install(seed)).refusals()).extracting(Refusal::reason)
                .singleElement().asString().startsWith("not connected to ");
    }

    /** A node that answers dumps from a script and accepts writes. */
    private static final class ScriptedShell implements NodeShell {
        final Map<String, String> answers = new HashMap<>();
        final List<String> ran = new CopyOnWriteArrayList<>();
        Runnable afterWrite = () -> { };
        boolean lostOnWrite;
        boolean open = true;

        @Override
        public CommandRun run(CommandSpec spec, CancelToken cancel) {
            if (!open) {
                return CommandRun.notRun(spec.command(), "connection lost: node1 closed the connection");
            }
            ran.add(spec.command());
            if (spec.command().contains("add-flows") || spec.command().contains("del-flows")) {
                if (lostOnWrite) {
                    open = false;
                    return CommandRun.notRun(spec.command(), "connection lost: node1 closed the connection");
                }
                afterWrite.run();
                return new CommandRun(spec.command(), Outcome.COMPLETED, 0, null, Duration.ZERO, "", "", false, null);
            }
            String answer = answers.get(spec.command());
            if (answer == null) {
                return new CommandRun(spec.command(), Outcome.FAILED, 1, null, Duration.ZERO, "", "no such", false,
                        "exit status 1");
            }
            return new CommandRun(spec.command(), Outcome.COMPLETED, 0, null, Duration.ZERO, answer, "", false, null);
        }

        @Override
        public int maxParallel() {
            return 1;
        }

        @Override
        public String address() {
            return "root@node1";
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
        }
    }
}
