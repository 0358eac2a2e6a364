package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ovnscope.collectors.snapshot.SnapshotFiles;
import io.ovnscope.app.Wiring;
import io.ovnscope.testing.DemoSnapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void withoutASnapshotItTracesTheDemoAndPrintsTheSeedsColumns() {
        assertThat(run("trace", "--from", "pod-1", "--to", "10.43.0.10:53", "--proto", "udp")).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).startsWith("step  where").contains("srcIP:port", "dstIP:port", "comment");
        // Seed 004, "pod to clusterService", step 1: ovn node switch, 10.42.0.12, 10.43.0.10:53.
        assertThat(lines[1]).matches("1 +ovn node switch +10\\.42\\.0\\.12 +10\\.43\\.0\\.10:53 +a loadbalancer rule.*");
        assertThat(out.toString()).contains("delivered to dns-default-pt2vr");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void jsonHasTheQuestionTheStepsAndANullStop() throws Exception {
        assertThat(run("trace", "--from", "host", "--to", "10.43.0.10:53", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("question").get("from").asText()).isEqualTo("host");
        assertThat(json.get("question").get("protocol").asText()).isEqualTo("tcp");
        assertThat(json.get("stop").isNull()).isTrue();
        JsonNode first = json.get("steps").get(0);
        assertThat(first.get("step").asInt()).isEqualTo(1);
        assertThat(first.get("where").asText()).isEqualTo("br-ex");
        assertThat(first.get("src").asText()).isEqualTo("192.168.122.14");
        assertThat(first.get("dst").asText()).isEqualTo("10.43.0.10:53");
        assertThat(first.get("evidence").toString()).contains("nat(src=169.254.169.2)");
    }

    @Test
    void markdownIsTheSeedsTableFormat() {
        assertThat(run("trace", "--from", "pod-1", "--to", "pod-2", "--format", "markdown")).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).matches("\\|step *\\|where *\\|srcIP:port *\\|dstIP:port *\\|comment *\\|");
        assertThat(lines[1]).startsWith("|:---");
        assertThat(lines[2]).matches("\\|1 *\\|ovn node switch *\\|10\\.42\\.0\\.12 *\\|10\\.42\\.0\\.13 *\\|.*\\|");
    }

    @Test
    void theReplyFollowsTheRequest() {
        assertThat(run("trace", "--from", "host", "--to", "10.43.0.1:443", "--reply")).isZero();
        String text = out.toString();
        assertThat(text).contains("reply:");
        assertThat(text.substring(text.indexOf("reply:"))).contains("delivered to host as 10.43.0.1:443 -> 192.168.122.14");
    }

    @Test
    void aStoppedTraceExitsOneAndSaysWhy() {
        assertThat(run("trace", "--from", "pod-9", "--to", "pod-2")).isEqualTo(1);
        assertThat(err.toString()).contains("no pod named \"pod-9\"");
    }

    @Test
    void aSavedSnapshotIsTracedLikeTheDemo() throws Exception {
        Path file = dir.resolve("node.json");
        SnapshotFiles files = Wiring.fromEnvironment().snapshotFiles();
        files.save(DemoSnapshot.load(), file);
        assertThat(run("trace", file.toString(), "--from", "pod-1", "--to", "8.8.8.8")).isZero();
        assertThat(out.toString()).containsPattern("6 +enp1s0 \\(uplink\\) +192\\.168\\.122\\.14 +8\\.8\\.8\\.8 +send to external");
    }

    @Test
    void aBadProtocolIsAUsageError() {
        assertThat(run("trace", "--from", "pod-1", "--to", "pod-2", "--proto", "sctp")).isEqualTo(2);
        assertThat(err.toString()).contains("--proto must be tcp, udp or icmp");
    }
}
