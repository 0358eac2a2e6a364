package io.ovnscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.NodePortSeedFlows;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** `ovnscope nodeport plan` needs no node: it prints the set. */
class NodePortPlanCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineMain.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theSeedsDefaultsAndItsGatewayPrintTheSeedsFlows() {
        assertThat(run("nodeport", "plan", "--gw-ip", NodePortSeedFlows.GATEWAY_IP, "--test-flows")).isZero();
        assertThat(out.toString().lines()).containsExactlyElementsOf(NodePortSeedFlows.flows());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void repeatedPortsAndTablesAreTaken() {
        assertThat(run("nodeport", "plan", "--gw-ip", "10.0.0.1", "--node-port", "31736", "--node-port", "30232",
                "--table", "UplinkTable=15", "--cookie", "0x600")).isZero();
        assertThat(out.toString().lines()).hasSize(22)
                .contains("table=15, cookie=0x600,priority=210,reg0=0x4/0xffff,ip,nw_dst=10.176.25.244,tcp,tp_dst=30232 "
                        + "actions=resubmit(,6)");
    }

    @Test
    void everyBadParameterIsNamedAndNothingIsPrinted() {
        assertThat(run("nodeport", "plan", "--node-ip", "10.1.2", "--node-port", "70000", "--table", "DnatTable=7"))
                .isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "ovnscope nodeport: --node-ip: '10.1.2' is not an IPv4 address (like 10.0.0.1)",
                "ovnscope nodeport: --gw-ip: an IPv4 address is needed");
    }

    @Test
    void rangeErrorsComeOnceTheTextReads() {
        assertThat(run("nodeport", "plan", "--gw-ip", "10.0.0.1", "--node-port", "70000", "--table", "DnatTable=7"))
                .isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly(
                "ovnscope nodeport: --node-port: must be 1 to 65535, not 70000",
                "ovnscope nodeport: --table DnatTable: is 7, the same as NodePortFilterTable2; each table needs its own number");
    }
}
