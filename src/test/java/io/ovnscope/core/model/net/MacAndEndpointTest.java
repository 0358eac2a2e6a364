package io.ovnscope.core.model.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MacAndEndpointTest {
    @Test
    void macReadsUpperCaseAsKubeOvnPrintsItAndPrintsLowerCase() {
        assertThat(MacAddress.parse("00:00:00:A3:F8:18")).hasValueSatisfying(
                m -> assertThat(m).hasToString("00:00:00:a3:f8:18"));
        assertThat(MacAddress.parse("0a:58:0a:2a:00:0c")).isEqualTo(MacAddress.parse("0A:58:0A:2A:00:0C"));
        assertThat(MacAddress.parse("01:00:5e:00:00:01").orElseThrow().multicast()).isTrue();
    }

    @Test
    void macRefusesOtherShapes() {
        assertThat(MacAddress.parse("0a:58:0a:2a:00")).isEmpty();
        assertThat(MacAddress.parse("0a-58-0a-2a-00-0c")).isEmpty();
        assertThat(MacAddress.parse("0g:58:0a:2a:00:0c")).isEmpty();
    }

    @Test
    void endpointsAsLoadBalancersWriteThem() {
        IpEndpoint dns = IpEndpoint.parse("10.43.0.10:53").orElseThrow();
        assertThat(dns.address()).hasToString("10.43.0.10");
        assertThat(dns.port()).isEqualTo(OptionalInt.of(53));
        assertThat(IpEndpoint.parse("10.42.0.7").orElseThrow().port()).isEmpty();
        IpEndpoint v6 = IpEndpoint.parse("[fd00::a]:80").orElseThrow();
        assertThat(v6.address()).hasToString("fd00::a");
        assertThat(v6).hasToString("[fd00::a]:80");
        assertThat(IpEndpoint.parse("fd00::a").orElseThrow().port()).isEmpty();
    }

    @Test
    void endpointRefusesBadPorts() {
        assertThat(IpEndpoint.parse("10.0.0.1:70000")).isEmpty();
        assertThat(IpEndpoint.parse("10.0.0.1:")).isEmpty();
        assertThat(IpEndpoint.parse("[fd00::a]80")).isEmpty();
        assertThat(IpEndpoint.parse("[fd00::a")).isEmpty();
        assertThat(IpEndpoint.parse("nginx:80")).isEmpty();
    }
}
