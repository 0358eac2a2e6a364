package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.ClasspathFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ovnscope import` over a sosreport-shaped folder of real captures. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void aSosreportFolderBecomesASnapshotNamedAfterItsHost() throws Exception {
        // sosreport names files after their commands, spaces as underscores (realdata 01-09 come from one).
        Path sos = dir.resolve("sosreport-node1");
        Path ovs = Files.createDirectories(sos.resolve("sos_commands/openvswitch"));
        Path net = Files.createDirectories(sos.resolve("sos_commands/networking"));
        Files.writeString(ovs.resolve("ovs-ofctl_dump-flows_br-int"),
                ClasspathFixtures.realdata("01-ovs-ofctl-dump-flows-br-int--neutron-ovs-dvr-of10.txt"));
        Files.writeString(ovs.resolve("ovs-vsctl_-t_5_show"),
                ClasspathFixtures.realdata("05-ovs-vsctl-show--neutron-ovs-dvr.txt"));
        Files.writeString(net.resolve("ip_route_show_table_all"),
                ClasspathFixtures.realdata("08-ip-route-show-table-all--neutron-node.txt"));
        Files.writeString(net.resolve("ps_auxww"), "USER PID\nroot 1\n");
        Files.writeString(sos.resolve("hostname"), "compute-0\n");
        Path snapshot = dir.resolve("node.json");

        assertThat(run("import", sos.toString(), "-o", snapshot.toString())).isZero();
        assertThat(err.toString()).contains("3 outputs from compute-0", "flows/br-int", "vsctl-show", "ip-route")
                .doesNotContain("ps auxww");
        assertThat(Files.readString(snapshot)).contains("\"format\":\"ovnscope-snapshot\"");
    }

    @Test
    void aFolderWithNothingToReadFailsWithAClearMessage() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "nothing here\n");
        assertThat(run("import", dir.toString(), "-o", dir.resolve("x.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no output ovnscope reads was found");
    }
}
