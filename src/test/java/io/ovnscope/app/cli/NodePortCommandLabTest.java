package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** `ovnscope nodeport` against the lab's br-int over its real sshd, as a script runs it (no terminal). */
@ExtendWith(Lab.class)
class NodePortCommandLabTest {
    private static final String BR_INT = "ovs-ofctl --no-stats -O OpenFlow15 dump-flows br-int | sort";

    @TempDir
    Path dir;

    private LabNode lab;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp(LabNode node) throws Exception {
        lab = node;
        Files.writeString(dir.resolve("known_hosts"), lab.knownHostsLine() + "\n");
        System.setProperty("ovnscope.data.dir", dir.resolve("data").toString());
    }

    @AfterEach
    void tearDown() throws Exception {
        System.clearProperty("ovnscope.data.dir");
        lab.inside("ovs-ofctl -O OpenFlow15 del-flows br-int cookie=0x520/-1");
    }

    private int nodeport(String sub, String... more) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("nodeport", sub, "--host", lab.host(),
                "--port", Integer.toString(lab.port()), "--user", "root", "--identity", lab.userKey().toString(),
                "--known-hosts", dir.resolve("known_hosts").toString(), "--gw-ip", "10.176.25.1"));
        args.addAll(List.of(more));
        return CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    }

    @Test
    void installAddPortRemovePortRemoveAndTheLogSaysItAll() throws Exception {
        String before = lab.inside(BR_INT);
        assertThat(nodeport("status")).isZero();
        assertThat(out.toString()).startsWith("not installed: br-int holds none of the 20 flows of the set");

        assertThat(nodeport("install", "--yes")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("commands (on br-int):",
                "ovs-ofctl -O OpenFlow15 --bundle add-flows br-int -",
                "    table=5, cookie=0x520,priority=210,reg0=0x4/0xffff,ip,nw_dst=10.176.25.244,tcp,tp_dst=31736 actions=resubmit(,6)",
                "    # ovnscope: end of input",
                "+ table=6, cookie=0x520,priority=190 actions=resubmit(,12)",
                "AS_PLANNED: the bridge holds exactly the 20 planned flows under cookie 0x520");

        assertThat(nodeport("add-port", "30232", "--yes")).as(err.toString()).isZero();
        assertThat(nodeport("status", "--node-port", "31736", "--node-port", "30232")).isZero();
        assertThat(out.toString()).startsWith("installed: br-int holds all 22 flows of the set");
        // Asked about the set without its second port, status names the two flows it does not expect.
        assertThat(nodeport("status")).isEqualTo(1);
        assertThat(out.toString()).startsWith("partly: br-int holds 20 of the 20 flows of the set, and 2 other flows");

        assertThat(nodeport("remove-port", "30232", "--node-port", "31736", "--node-port", "30232", "--yes")).isZero();
        assertThat(out.toString()).contains("delete_strict table=5,cookie=0x520/-1,priority=210,");
        assertThat(nodeport("remove", "--yes")).isZero();
        assertThat(out.toString()).contains("ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x520/-1");
        assertThat(lab.inside(BR_INT)).isEqualTo(before);

        out = new StringWriter();
        assertThat(CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "nodeport", "log")).isZero();
        List<String> entries = out.toString().lines().filter(l -> !l.startsWith("    ")).toList();
        assertThat(entries).hasSize(4).allMatch(l -> l.contains(" root@127.0.0.1 br-int: ") && l.contains("AS_PLANNED"));
        assertThat(dir.resolve("data").resolve("nodeport-audit.jsonl")).exists();
    }

    @Test
    void withoutATerminalOrYesNothingIsWritten() throws Exception {
        String before = lab.inside(BR_INT);
        assertThat(nodeport("install")).isEqualTo(1);
        assertThat(err.toString()).contains("no terminal to confirm on: run again with --yes");
        assertThat(lab.inside(BR_INT)).isEqualTo(before);
    }

    @Test
    void refusalsExitOneAndShowWhy() throws Exception {
        assertThat(nodeport("install", "--yes", "--read-only")).isEqualTo(1);
        assertThat(err.toString()).contains("refused: the profile root@127.0.0.1 is read-only");
        assertThat(nodeport("install", "--yes")).isZero();
        assertThat(nodeport("install", "--yes")).isEqualTo(1);
        assertThat(err.toString()).contains("refused: the set is installed already: nothing to do");
        assertThat(nodeport("remove-port", "31736", "--yes")).isEqualTo(2);
        assertThat(err.toString()).contains("--node-port: 31736 is the only NodePort; remove the whole set instead");
    }
}
