package io.ovnscope.core.model.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostAddressesTest {
    @Test
    void literalsOfBothFamiliesAreAddressesAndNamesAreNot() {
        assertThat(HostAddresses.isAddress("10.42.0.13")).isTrue();
        assertThat(HostAddresses.isAddress("fe80::5054:ff:fe5c:a7e0")).isTrue();
        assertThat(HostAddresses.isAddress("::1")).isTrue();
        assertThat(HostAddresses.isAddress("::ffff:10.0.0.1")).isTrue();
        assertThat(HostAddresses.isAddress("fe80::1%eth0")).isTrue();
        assertThat(HostAddresses.isAddress("256.1.1.1")).isFalse();
        assertThat(HostAddresses.isAddress("10.1.1")).isFalse();
        assertThat(HostAddresses.isAddress("1::2::3")).isFalse();
        assertThat(HostAddresses.isAddress("localhost")).isFalse();
        assertThat(HostAddresses.isAddress("1:2:3:4:5:6:7:8:9")).isFalse();
        assertThat(HostAddresses.isAddress("١٢.0.0.1")).isFalse();
        assertThat(HostAddresses.family("ff00::")).isEqualTo(AddressFamily.IPV6);
    }

    @Test
    void prefixesCheckTheirLength() {
        assertThat(HostAddresses.isPrefix("10.43.0.0/16")).isTrue();
        assertThat(HostAddresses.isPrefix("169.254.169.254")).isTrue();
        assertThat(HostAddresses.isPrefix("ff00::/8")).isTrue();
        assertThat(HostAddresses.isPrefix("10.0.0.0/33")).isFalse();
        assertThat(HostAddresses.isPrefix("::/129")).isFalse();
        assertThat(HostAddresses.isPrefix("10.0.0.0/")).isFalse();
    }

    @Test
    void containmentFollowsThePrefixBits() {
        assertThat(HostAddresses.prefixContains("10.43.0.0/16", "10.43.19.182")).isTrue();
        assertThat(HostAddresses.prefixContains("10.42.0.0/24", "10.42.1.1")).isFalse();
        assertThat(HostAddresses.prefixContains("169.254.169.0/29", "169.254.169.4")).isTrue();
        assertThat(HostAddresses.prefixContains("169.254.169.0/29", "169.254.169.8")).isFalse();
        assertThat(HostAddresses.prefixContains("0.0.0.0/0", "8.8.8.8")).isTrue();
        assertThat(HostAddresses.prefixContains("fe80::/64", "fe80::a0f7:4cff:fef8:7f07")).isTrue();
        assertThat(HostAddresses.prefixContains("fe80::/64", "10.0.0.1")).isFalse();
        assertThat(HostAddresses.prefixContains("10.0.0.1", "10.0.0.1")).isTrue();
    }
}
