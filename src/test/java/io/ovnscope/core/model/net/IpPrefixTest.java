package io.ovnscope.core.model.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpPrefixTest {
    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }

    private static IpPrefix prefix(String text) {
        return IpPrefix.parse(text).orElseThrow();
    }

    @Test
    void routerNetworkKeepsItsHostAddressAndKnowsItsNetwork() {
        IpPrefix network = prefix("10.42.0.1/24");
        assertThat(network.address()).isEqualTo(ip("10.42.0.1"));
        assertThat(network.network()).isEqualTo(ip("10.42.0.0"));
        assertThat(network.contains(ip("10.42.0.255"))).isTrue();
        assertThat(network.contains(ip("10.42.1.0"))).isFalse();
    }

    @Test
    void defaultRouteContainsEveryIpv4AddressButNoIpv6() {
        IpPrefix all = prefix("0.0.0.0/0");
        assertThat(all.contains(ip("192.168.122.14"))).isTrue();
        assertThat(all.contains(ip("::1"))).isFalse();
    }

    @Test
    void ipv6PrefixesFromPolicies() {
        assertThat(prefix("fd00:10:244::/48").contains(ip("fd00:10:244:3::2"))).isTrue();
        assertThat(prefix("fd00:10:244::/48").contains(ip("fd00:10:245::2"))).isFalse();
        assertThat(prefix("fc00:f853:ccd:e793::2/128").contains(ip("fc00:f853:ccd:e793::2"))).isTrue();
        assertThat(prefix("2010:100:200::1/60").network()).hasToString("2010:100:200::");
        assertThat(prefix("fd98::/64").contains(prefix("fd98::/80"))).isTrue();
    }

    @Test
    void bareAddressIsAHostPrefix() {
        assertThat(prefix("172.18.0.3").length()).isEqualTo(32);
        assertThat(prefix("fd00::1").length()).isEqualTo(128);
        assertThat(prefix("172.18.0.3").isHost()).isTrue();
    }

    @Test
    void refusesBadLengths() {
        assertThat(IpPrefix.parse("10.0.0.0/33")).isEmpty();
        assertThat(IpPrefix.parse("fd00::/129")).isEmpty();
        assertThat(IpPrefix.parse("10.0.0.0/")).isEmpty();
        assertThat(IpPrefix.parse("10.0.0.0/x")).isEmpty();
        assertThat(IpPrefix.parse("10.0.0.0/255.0.0.0")).isEmpty();
    }
}
