package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ovnscope.testing.ClasspathFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path fixture(String realdata) throws Exception {
        Path file = dir.resolve(realdata);
        Files.writeString(file, ClasspathFixtures.realdata(realdata));
        return file;
    }

    @Test
    void aFlowDumpIsRecognisedAndPrintedAsJson() throws Exception {
        // realdata 01: an OpenFlow 1.0 dump of br-int with 110 flows.
        assertThat(run("parse", fixture("01-ovs-ofctl-dump-flows-br-int--neutron-ovs-dvr-of10.txt").toString()))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("kind").asText()).isEqualTo("ofctl-flows");
        assertThat(json.get("items")).hasSize(110);
        assertThat(json.get("problems")).isEmpty();
        // Its first flow: priority=65535,vlan_tci=0x0fff/0x1fff actions=drop
        JsonNode first = json.get("items").get(0);
        assertThat(first.get("priority").asInt()).isEqualTo(65535);
        assertThat(first.get("actions").get(0).get("type").asText()).isEqualTo("Drop");
        assertThat(err.toString()).contains("read as ofctl-flows (recognised from its text)");
    }

    @Test
    void problemsComeWithTheirLineNumbers() throws Exception {
        // realdata 28 (EDITED): line 1 is the pasted prompt "sh-5.2# iptables-save".
        assertThat(run("parse", fixture("28-iptables-save--ovn-kubernetes-egressip-EDITED.txt").toString())).isZero();
        JsonNode problems = new ObjectMapper().readTree(out.toString()).get("problems");
        assertThat(problems.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(problems.get(0).get("text").asText()).isEqualTo("sh-5.2# iptables-save ");
        assertThat(problems.get(0).get("reason").asText()).contains("prompt");
    }

    @Test
    void aGivenKindIsUsedAsGiven() throws Exception {
        assertThat(run("parse", "--as", "ip-route",
                fixture("11-ip-route-show-table-all--k8s-flannel-node.txt").toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("kind").asText()).isEqualTo("ip-route");
    }

    @Test
    void aFileThatCannotBeReadExitsOne() {
        assertThat(run("parse", dir.resolve("absent.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read").doesNotContain("Exception");
    }

    @Test
    void anUnknownKindIsAUsageError() throws Exception {
        assertThat(run("parse", "--as", "nonsense", fixture("14-ovs-ofctl-O-OpenFlow15-dump-flows-br-ex--ovn-sunbeam.txt")
                .toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown kind 'nonsense'");
    }

    @Test
    void helpListsTheKinds() {
        assertThat(run("parse", "--help")).isZero();
        assertThat(out.toString()).contains("Kinds:", "ofctl-flows", "nb-list", "iptables-save", "kubectl-json");
    }
}
