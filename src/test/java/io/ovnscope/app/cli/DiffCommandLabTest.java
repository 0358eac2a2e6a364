package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Collect the lab, change one load balancer's backend and add one br-ex flow, collect again: `ovnscope diff`
 * shows those two changes, and the br-int flows ovn-controller rewrote for the load balancer (their cookies
 * and group numbers change with the backend), and no other flow or configuration change.
 */
@ExtendWith(Lab.class)
class DiffCommandLabTest {
    private static final String DNS_UDP = "Service_openshift-dns/dns-default_UDP_node_router+switch_microshift-dev";
    private static final String FLOW = "table=0,priority=1234,cookie=0x77,ip,nw_dst=10.43.0.77,actions=drop";

    @TempDir
    Path dir;

    @Test
    void showsTheChangedLoadBalancerAndTheAddedFlow(LabNode lab) throws Exception {
        Path knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, lab.knownHostsLine() + "\n");
        Path before = dir.resolve("before.json");
        Path after = dir.resolve("after.json.gz");
        assertThat(collect(lab, knownHosts, before)).isZero();

        String uuid = lab.inside("ovn-nbctl --bare --columns=_uuid find load_balancer name=\"" + DNS_UDP + "\"").trim();
        lab.inside("ovn-nbctl --wait=hv set load_balancer " + uuid + " 'vips:\"10.43.0.10:53\"=\"10.42.0.8:5353\"'");
        lab.inside("ovs-ofctl add-flow br-ex " + FLOW);
        assertThat(collect(lab, knownHosts, after)).isZero();

        String text = diff(before, after, "text");
        // ovs-ofctl -O OpenFlow15 prints reset_counts on a flow added with OpenFlow 1.0, as ovs-ofctl add-flow does.
        assertThat(text).contains("  + br-ex table=0,cookie=0x77,priority=1234,reset_counts,ip,nw_dst=10.43.0.77"
                + " actions=drop\n");
        assertThat(text).contains("load balancer VIPs:\n  ~ " + DNS_UDP + " udp 10.43.0.10:53: 10.42.0.7:5353 -> "
                + "10.42.0.8:5353\n");

        JsonNode json = new ObjectMapper().readTree(diff(before, after, "json"));
        assertThat(json.get("objects")).hasSize(1);
        // Counters do move: ovn-controller sends router solicitations and ARPs through br-int on its own.
        List<String> brEx = new ArrayList<>();
        for (JsonNode change : json.get("flows")) {
            String flow = change.get("flow").asText();
            if (change.get("bridge").asText().equals("br-ex")) {
                brEx.add(change.get("change").asText() + " " + flow);
            } else {
                assertThat(change.get("bridge").asText()).isEqualTo("br-int");
                assertThat(flow).containsAnyOf("10.43.0.10", "10.42.0.7", "10.42.0.8");
            }
        }
        assertThat(brEx).containsExactly("added table=0,cookie=0x77,priority=1234,reset_counts,ip,nw_dst=10.43.0.77"
                + " actions=drop");
    }

    private static String diff(Path before, Path after, String format) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "diff", before.toString(), after.toString(), "--format", format)).isZero();
        return out.toString();
    }

    private static int collect(LabNode lab, Path knownHosts, Path output) {
        return CommandLineMain.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                "collect", "--host", lab.host(), "--port", Integer.toString(lab.port()), "--user", "root",
                "--identity", lab.userKey().toString(), "--known-hosts", knownHosts.toString(),
                "-o", output.toString());
    }
}
