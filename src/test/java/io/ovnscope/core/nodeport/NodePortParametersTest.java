package io.ovnscope.core.nodeport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovnscope.core.model.net.IpAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodePortParametersTest {
    private static NodePortInput input(String nodeIp, List<String> ports, String vip, String gw, String gwPort,
                                       String cookie, String testCookie, String dnat, String snat,
                                       Map<String, String> tables) {
        return new NodePortInput(nodeIp, ports, vip, gw, gwPort, cookie, testCookie, dnat, snat, "65500", tables, false);
    }

    private static List<String> fields(NodePortInput.Result result) {
        return result.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void theSeedInputNeedsOnlyTheGatewayAddress() {
        NodePortInput.Result missing = NodePortInput.seed().read();
        assertThat(missing.parameters()).isEmpty();
        assertThat(fields(missing)).containsExactly("gw-ip");

        NodePortInput seed = NodePortInput.seed();
        NodePortInput.Result ok = new NodePortInput(seed.nodeIp(), seed.nodePorts(), seed.vip(), "10.176.25.1",
                seed.gatewayPort(), seed.cookie(), seed.testCookie(), seed.dnatZone(), seed.snatZone(),
                seed.conntrackZone(), Map.of(), false).read();
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.parameters()).contains(NodePortParameters.seedDefaults(IpAddress.parse("10.176.25.1").orElseThrow()));
    }

    @Test
    void theSeedDefaultsAreTheSeedsValues() {
        NodePortParameters p = NodePortParameters.seedDefaults(IpAddress.parse("10.0.0.1").orElseThrow());
        assertThat(p.nodeIp()).hasToString("10.176.25.244");
        assertThat(p.nodePorts()).containsExactly(31736);
        assertThat(p.vip()).hasToString("169.254.169.110");
        assertThat(p.gatewayPort()).isEqualTo(2);
        assertThat(p.cookie()).isEqualTo(0x520);
        assertThat(p.testCookie()).isEqualTo(0x999);
        assertThat(p.dnatZone()).isEqualTo(52100);
        assertThat(p.snatZone()).isEqualTo(52200);
        assertThat(p.table(NodePortTable.UPLINK)).isEqualTo(5);
        assertThat(p.table(NodePortTable.L2_FORWARDING_OUT)).isEqualTo(110);
        assertThat(p.testFlows()).isFalse();
        assertThat(p.cookies()).containsExactly(0x520L);
        assertThat(p.withTestFlows(true).cookies()).containsExactly(0x520L, 0x999L);
    }

    @Test
    void everyBadFieldIsNamedNotOnlyTheFirst() {
        NodePortInput.Result result = input("10.0.0.256", List.of("0", "80", "80", "65536"), "fe80::1", "gw",
                "0", "0", "0x520", "52100", "70000", Map.of()).read();
        assertThat(result.parameters()).isEmpty();
        // Syntax first: the addresses that do not parse and the gateway port that is no number stop before ranges.
        assertThat(fields(result)).containsExactly("node-ip", "vip", "gw-ip");
        assertThat(result.errors().get(1).message()).contains("fe80::1", "IPv4");

        NodePortInput.Result ranges = input("10.0.0.1", List.of("0", "80", "80", "65536"), "10.0.0.2", "10.0.0.3",
                "0", "0", "0x520", "52100", "70000", Map.of()).read();
        assertThat(ranges.errors()).extracting(FieldError::toString).containsExactly(
                "node-port: must be 1 to 65535, not 0",
                "node-port: 80 is given twice",
                "node-port: must be 1 to 65535, not 65536",
                "gw-port: must be an OpenFlow port number, 1 to 65280, not 0",
                "cookie: must not be 0: most other flows carry cookie 0, and removal deletes by cookie",
                "snat-zone: must be a conntrack zone, 0 to 65535, not 70000");
    }

    @Test
    void theTestCookieAndTheZonesMustDiffer() {
        NodePortInput.Result result = input("10.0.0.1", List.of("30000"), "10.0.0.2", "10.0.0.3", "2", "0x520",
                "1312", "5", "5", Map.of()).read();
        assertThat(fields(result)).containsExactly("test-cookie", "snat-zone");
    }

    @Test
    void tablesOutOfRangeSharedOrUnknownAreNamed() {
        NodePortInput.Result shared = input("10.0.0.1", List.of("30000"), "10.0.0.2", "10.0.0.3", "2", "0x520",
                "0x999", "1", "2", Map.of("dnattable", "7", "PostSnatTable", "255")).read();
        assertThat(shared.errors()).extracting(FieldError::toString).containsExactly(
                "table DnatTable: is 7, the same as NodePortFilterTable2; each table needs its own number",
                "table PostSnatTable: must be 0 to 254 (255 is OpenFlow's \"all tables\"), not 255");

        NodePortInput.Result unknown = input("10.0.0.1", List.of("30000"), "10.0.0.2", "10.0.0.3", "2", "0x520",
                "0x999", "1", "2", Map.of("NatTable", "3", "SnatTable", "x")).read();
        assertThat(fields(unknown)).containsExactlyInAnyOrder("table NatTable", "table SnatTable");
    }

    @Test
    void theRecordItselfRefusesBadValues() {
        NodePortParameters ok = NodePortParameters.seedDefaults(IpAddress.parse("10.0.0.1").orElseThrow());
        assertThatThrownBy(() -> ok.withNodePorts(List.of()))
                .isInstanceOf(InvalidNodePortParameters.class)
                .satisfies(e -> assertThat(((InvalidNodePortParameters) e).errors())
                        .extracting(FieldError::field).containsExactly("node-port"));
        assertThatThrownBy(() -> NodePortParameters.seedDefaults(null))
                .hasMessage("gw-ip: an IPv4 address is needed");
    }

    @Test
    void hexAndDecimalNumbersAreRead() {
        NodePortInput.Result result = input("10.0.0.1", List.of("0x7530"), "10.0.0.2", "10.0.0.3", "2", "1312",
                "0X999", "1", "2", Map.of()).read();
        assertThat(result.errors()).isEmpty();
        assertThat(result.parameters().orElseThrow().nodePorts()).containsExactly(30000);
        assertThat(result.parameters().orElseThrow().cookie()).isEqualTo(0x520);
    }
}
