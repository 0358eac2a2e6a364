package io.ovnscope.core.model.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {
    @ParameterizedTest
    @CsvSource({
            "10.42.0.12, 10.42.0.12",
            "0.0.0.0, 0.0.0.0",
            "255.255.255.255, 255.255.255.255",
            "fc00:f853:ccd:e793::3, fc00:f853:ccd:e793::3",
            "FD00:10:244:3:0:0:0:2, fd00:10:244:3::2",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "::, ::",
            "::1, ::1",
            "fe80::858:64ff:fe41:3, fe80::858:64ff:fe41:3",
            "::ffff:10.0.0.1, ::ffff:a00:1",
            "1:0:0:0:0:0:0:0, 1::",
    })
    void parsesAndPrintsCanonically(String text, String canonical) {
        assertThat(IpAddress.parse(text)).hasValueSatisfying(a -> assertThat(a).hasToString(canonical));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "256.1.1.1", "1.2.3.4.5", "01234.1.1.1", "1:2:3:4:5:6:7:8:9", ":::",
            "1::2::3", "abc", "10.42.0.0/24", "1.2.3.4 ", "12345::", ":1::", "1::2:", "fd00::g"})
    void refusesWhatIsNotAnAddress(String text) {
        assertThat(IpAddress.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void ordersV4BeforeV6AndNumerically() {
        IpAddress a = IpAddress.parse("10.42.0.2").orElseThrow();
        IpAddress b = IpAddress.parse("10.42.0.12").orElseThrow();
        IpAddress c = IpAddress.parse("::1").orElseThrow();
        assertThat(a).isLessThan(b);
        assertThat(b).isLessThan(c);
        assertThat(a.v4()).isTrue();
        assertThat(c.v6()).isTrue();
    }
}
