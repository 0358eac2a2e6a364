package io.ovnscope.collectors.nodeport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.collect.ProfileConnector;
import io.ovnscope.collectors.ssh.SshConnector;
import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector.CollectRequest;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.NodeShell;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.core.nodeport.AuditEntry;
import io.ovnscope.core.nodeport.NodePortCommand;
import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.nodeport.NodePortProgram;
import io.ovnscope.core.nodeport.Preview;
import io.ovnscope.core.nodeport.Refusal;
import io.ovnscope.core.nodeport.Verification;
import io.ovnscope.core.nodeport.WriteResult;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import io.ovnscope.testing.OfprotoTrace;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NodePort set on the lab's real br-int (userspace OVS 3.1, ovn-controller's flows on it) over its real
 * sshd. The seed's tables 8, 9, 11, 12 and 31 are OVN's logical pipeline tables in the lab, but every OVN flow
 * matches a metadata, so none has the same table, priority and match as a NodePort flow; tables 5, 6, 7 and 110
 * are empty there. The set goes where the seed puts it.
 */
@ExtendWith(Lab.class)
class NodePortLabTest {
    /** br-int's flows without counters, sorted: what "the bridge ends as it began" compares. */
    private static final String BR_INT = "ovs-ofctl --no-stats -O OpenFlow15 dump-flows br-int | sort";
    private static final String TEST_OWN_FLOW = "table=5,cookie=0x77,priority=100,ip,nw_dst=10.176.25.244 actions=drop";

    @TempDir
    Path home;

    private final NodePortParameters seed = NodePortParameters.seedDefaults(IpAddress.parse("10.176.25.1").orElseThrow());
    private LabNode lab;
    private NodeShell shell;
    private FileAuditLog audit;

    @BeforeEach
    void connect(LabNode node) throws Exception {
        lab = node;
        Files.writeString(home.resolve("known_hosts"), lab.knownHostsLine() + "\n");
        audit = new FileAuditLog(home.resolve("data").resolve("nodeport-audit.jsonl"));
        shell = open();
    }

    @AfterEach
    void cleanUp() throws Exception {
        shell.close();
        lab.inside("ovs-ofctl -O OpenFlow15 del-flows br-int cookie=0x520/-1; "
                + "ovs-ofctl -O OpenFlow15 del-flows br-int cookie=0x999/-1; "
                + "ovs-ofctl -O OpenFlow15 del-flows br-int cookie=0x77/-1; "
                + "ovs-ofctl -O OpenFlow15 del-flows br-int cookie=0x42/-1");
    }

    private ConnectionProfile profile(boolean readOnly) {
        return new ConnectionProfile("lab", lab.host(), lab.port(), "root",
                new AuthChoice.KeyFile(lab.userKey().toString()), Optional.empty(),
                Optional.of(home.resolve("known_hosts").toString()), ToolPrefixes.DISCOVER, readOnly);
    }

    private NodeShell open() throws Exception {
        return new ProfileConnector(new SshConnector()).connect(new CollectRequest(profile(false), new char[0],
                HostKeyPrompt.REFUSE, PassphrasePrompt.NONE, false));
    }

    private NodePortBridge bridge(NodeShell on, boolean readOnly) {
        ConnectionProfile profile = profile(readOnly);
        return new NodePortBridge(on, profile, new WriteCommands("br-int",
                OvsPrefixProbe.ovsPrefix(on, profile.prefixes())), audit, Clock.systemUTC());
    }

    private WriteResult run(NodePortBridge bridge, NodePortCommand command) throws Exception {
        Preview preview = bridge.preview(command);
        assertThat(preview.refusals()).as(command.description()).isEmpty();
        return bridge.apply(preview);
    }

    @Test
    void installAddAPortRemoveItRemoveAllAndTheBridgeEndsAsItBegan() throws Exception {
        lab.inside("ovs-ofctl add-flow br-int '" + TEST_OWN_FLOW + "'");
        String before = lab.inside(BR_INT);
        NodePortBridge bridge = bridge(shell, false);

        WriteResult install = run(bridge, new NodePortCommand.Install(seed));
        assertThat(install.verification().state()).isEqualTo(Verification.State.AS_PLANNED);
        // The dump by cookie, read here behind the tool's back: 20 flows, each one planned.
        String dumped = lab.inside("ovs-ofctl -O OpenFlow15 dump-flows br-int cookie=0x520/-1");
        assertThat(dumped.lines().filter(l -> l.contains("cookie=0x520"))).hasSize(20);
        assertThat(bridge.status(seed).exact()).isTrue();

        WriteResult add = run(bridge, new NodePortCommand.AddPort(seed, 30232));
        assertThat(add.verification().state()).isEqualTo(Verification.State.AS_PLANNED);
        assertThat(lab.inside("ovs-ofctl -O OpenFlow15 dump-flows br-int cookie=0x520/-1"))
                .contains("tp_dst=30232").contains("tp_dst=31736");
        NodePortParameters two = seed.withNodePorts(List.of(31736, 30232));
        assertThat(bridge.status(two).present()).hasSize(22);

        WriteResult removePort = run(bridge, new NodePortCommand.RemovePort(two, 30232));
        assertThat(removePort.verification().state()).isEqualTo(Verification.State.AS_PLANNED);
        assertThat(lab.inside("ovs-ofctl -O OpenFlow15 dump-flows br-int cookie=0x520/-1"))
                .doesNotContain("tp_dst=30232").contains("tp_dst=31736");

        WriteResult removeAll = run(bridge, new NodePortCommand.RemoveAll(seed));
        assertThat(removeAll.verification().state()).isEqualTo(Verification.State.AS_PLANNED);
        assertThat(lab.inside(BR_INT)).isEqualTo(before).contains("cookie=0x77");

        List<AuditEntry> entries = audit.entries();
        assertThat(entries).hasSize(4);
        assertThat(entries.get(0).host()).isEqualTo("127.0.0.1");
        assertThat(entries.get(0).user()).isEqualTo("root");
        assertThat(entries.get(0).bridge()).isEqualTo("br-int");
        assertThat(entries.get(0).commands().get(0)).endsWith("ovs-ofctl -O OpenFlow15 --bundle add-flows br-int -");
        assertThat(entries.get(0).commands()).contains("    " + NodePortProgram.flows(seed).get(0).text());
        assertThat(entries.get(0).result()).contains("AS_PLANNED", "exactly the 20 planned flows");
        assertThat(entries.get(3).commands())
                .containsExactly("ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x520/-1");
    }

    @Test
    void theTestFlowsComeAndGoWithTheirOwnCookie() throws Exception {
        String before = lab.inside(BR_INT);
        NodePortBridge bridge = bridge(shell, false);
        NodePortParameters withTest = seed.withTestFlows(true);
        assertThat(run(bridge, new NodePortCommand.Install(withTest)).succeeded()).isTrue();
        assertThat(lab.inside("ovs-ofctl -O OpenFlow15 dump-flows br-int cookie=0x999/-1"))
                .contains("table=11", "priority=190", "actions=output:2");
        assertThat(run(bridge, new NodePortCommand.RemoveAll(withTest)).succeeded()).isTrue();
        assertThat(lab.inside(BR_INT)).isEqualTo(before);
    }

    /** What the lead's trace engine is compared with: OVS's own trace through the set the tool installed. */
    @Test
    void ovsTracesTheSeedsRequestPathThroughTheInstalledSet() throws Exception {
        run(bridge(shell, false), new NodePortCommand.Install(seed));
        lab.inside("ovs-ofctl add-flow br-int '" + OfprotoTrace.ENTRY_FLOW + "'");
        List<OfprotoTrace.Pass> passes = OfprotoTrace.request(lab, "10.176.25.244", 31736, 5);
        assertThat(passes).extracting(p -> p.hops().stream().map(OfprotoTrace.Hop::table).toList())
                .containsExactly(List.of(0, 5, 6, 7), List.of(8), List.of(9), List.of(11), List.of(12), List.of(30));
        assertThat(passes).extracting(p -> p.field("ct_zone"))
                .containsExactly(null, "52100", "52100", "52200", "52200", "65500");
        assertThat(passes).extracting(p -> p.field("nw_src") + " > " + p.field("nw_dst")).containsExactly(
                "192.0.2.10 > 10.176.25.244", "192.0.2.10 > 10.176.25.244", "192.0.2.10 > 169.254.169.110",
                "192.0.2.10 > 169.254.169.110", "10.176.25.1 > 169.254.169.110", "10.176.25.1 > 169.254.169.110");
    }

    @Test
    void foreignFlowsWithTheCookieAreShownAndRefused() throws Exception {
        lab.inside("ovs-ofctl add-flow br-int 'table=6,cookie=0x520,priority=5,ip actions=drop'");
        NodePortBridge bridge = bridge(shell, false);
        Preview install = bridge.preview(new NodePortCommand.Install(seed));
        assertThat(install.allowed()).isFalse();
        assertThat(install.refusals()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("1 flows with cookie 0x520 that are not this plan");
            // An OpenFlow 1.0 add-flow (ovs-ofctl's default) resets counters; a 1.5 dump shows it as a flag.
            assertThat(r.show()).containsExactly("table=6,cookie=0x520,priority=5,reset_counts,ip actions=drop");
        });
        Preview remove = bridge.preview(new NodePortCommand.RemoveAll(seed));
        assertThat(remove.refusals()).singleElement().satisfies(r ->
                assertThat(r.reason()).contains("removing by cookie would delete them too"));
    }

    @Test
    void aFlowOfAnotherCookieInAPlannedSlotIsShownAndRefused() throws Exception {
        lab.inside("ovs-ofctl add-flow br-int 'table=8,cookie=0x42,priority=0 actions=drop'");
        Preview install = bridge(shell, false).preview(new NodePortCommand.Install(seed));
        assertThat(install.refusals()).singleElement().satisfies(r -> {
            assertThat(r.reason()).contains("adding it would replace them");
            assertThat(r.show()).containsExactly("table=8,cookie=0x42,priority=0,reset_counts actions=drop");
        });
    }

    @Test
    void aReadOnlyProfileAndALostConnectionRefuseEveryWrite() throws Exception {
        String before = lab.inside(BR_INT);
        Preview readOnly = bridge(shell, true).preview(new NodePortCommand.Install(seed));
        assertThat(readOnly.refusals()).extracting(Refusal::reason).singleElement().asString().contains("read-only");

        NodePortBridge bridge = bridge(shell, false);
        shell.close();
        Preview closed = bridge.preview(new NodePortCommand.Install(seed));
        assertThat(closed.refusals()).extracting(Refusal::reason).singleElement().asString()
                .startsWith("not connected to root@127.0.0.1:");
        // The exact commands still show, so the user sees what would have run.
        assertThat(closed.commandText().get(0)).endsWith("--bundle add-flows br-int -");
        assertThat(lab.inside(BR_INT)).isEqualTo(before);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void anInstalledSetIsNotInstalledTwice() throws Exception {
        NodePortBridge bridge = bridge(shell, false);
        run(bridge, new NodePortCommand.Install(seed));
        assertThat(bridge.preview(new NodePortCommand.Install(seed)).refusals()).extracting(Refusal::reason)
                .containsExactly("the set is installed already: nothing to do");
    }

    /**
     * OVS bundles are atomic only over what ovs-ofctl read: cut the connection while the flows are still being
     * sent and, with nothing in front of it, ovs-ofctl takes what arrived for the whole file. The guard makes
     * that "nothing". The cut is made by hand here (the OpenSSH client sends the first ten flows and the lab's
     * sshd session is killed before the rest), with the tool's exact command.
     */
    @Test
    void aConnectionCutWhileTheFlowsAreSentLeavesNoneAndTheCheckSaysSo() throws Exception {
        String before = lab.inside(BR_INT);
        NodePortCommand install = new NodePortCommand.Install(seed);
        CommandSpec spec = new WriteCommands("br-int", "").write(install.change()).get(0);
        List<String> lines = spec.stdin().lines().toList();
        Process ssh = new ProcessBuilder("ssh", "-i", lab.userKey().toString(), "-p", Integer.toString(lab.port()),
                "-o", "BatchMode=yes", "-o", "UserKnownHostsFile=" + home.resolve("known_hosts"),
                "root@" + lab.host(), spec.command()).redirectErrorStream(true).start();
        OutputStream in = ssh.getOutputStream();
        in.write((String.join("\n", lines.subList(0, 10)) + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        Thread.sleep(1500);
        lab.sshd().stop();
        lab.sshd().start();
        assertThat(ssh.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ssh.exitValue()).isEqualTo(255);

        shell.close();
        shell = open();
        Verification check = bridge(shell, false).verify(install);
        assertThat(check.state()).isEqualTo(Verification.State.AS_BEFORE);
        assertThat(check.message()).startsWith("nothing was applied");
        assertThat(lab.inside(BR_INT)).isEqualTo(before);
    }

    /** Why the guard is there: the same cut with a bare bundle installs the ten flows that arrived. */
    @Test
    void withoutTheGuardTheSameCutInstallsWhatArrived() throws Exception {
        List<String> flows = NodePortProgram.flows(seed).stream().map(f -> f.text()).toList();
        Process ssh = new ProcessBuilder("ssh", "-i", lab.userKey().toString(), "-p", Integer.toString(lab.port()),
                "-o", "BatchMode=yes", "-o", "UserKnownHostsFile=" + home.resolve("known_hosts"),
                "root@" + lab.host(), "ovs-ofctl -O OpenFlow15 --bundle add-flows br-int -")
                .redirectErrorStream(true).start();
        OutputStream in = ssh.getOutputStream();
        in.write((String.join("\n", flows.subList(0, 10)) + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        Thread.sleep(1500);
        lab.sshd().stop();
        lab.sshd().start();
        assertThat(ssh.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lab.inside("ovs-ofctl -O OpenFlow15 dump-flows br-int cookie=0x520/-1").lines()
                .filter(l -> l.contains("cookie=0x520"))).hasSize(10);
    }

    @Test
    void theSameCutAfterTheLastLineLeavesAllAndTheCheckSaysSo() throws Exception {
        NodePortCommand install = new NodePortCommand.Install(seed);
        CommandSpec spec = new WriteCommands("br-int", "").write(install.change()).get(0);
        Process ssh = new ProcessBuilder("ssh", "-i", lab.userKey().toString(), "-p", Integer.toString(lab.port()),
                "-o", "BatchMode=yes", "-o", "UserKnownHostsFile=" + home.resolve("known_hosts"),
                "root@" + lab.host(), spec.command()).redirectErrorStream(true).start();
        OutputStream in = ssh.getOutputStream();
        // Everything sent, the input left open (no end of file), then the connection is cut.
        in.write(spec.stdin().getBytes(StandardCharsets.UTF_8));
        in.flush();
        Thread.sleep(1500);
        lab.sshd().stop();
        lab.sshd().start();
        assertThat(ssh.waitFor(30, TimeUnit.SECONDS)).isTrue();

        shell.close();
        shell = open();
        Verification check = bridge(shell, false).verify(install);
        assertThat(check.state()).isEqualTo(Verification.State.AS_PLANNED);
        assertThat(check.message()).isEqualTo("the bridge holds exactly the 20 planned flows under cookie 0x520");
    }
}
