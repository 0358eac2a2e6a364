package io.ovnscope.core.model.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HostModelTest {
    @Test
    void interfaceWildcardsAndNegation() {
        assertThat(new RuleMatch.Interface(InterfaceDirection.IN, false, "qr-+").matches("qr-3a70b31c-3f")).isTrue();
        assertThat(new RuleMatch.Interface(InterfaceDirection.IN, false, "qr-+").matches("rfp-1")).isFalse();
        assertThat(new RuleMatch.Interface(InterfaceDirection.OUT, true, "rfp-984c22fd-6").matches("eth0")).isTrue();
    }

    @Test
    void marksFollowTheKernelsMaskArithmetic() {
        RuleMatch.Mark notMasq = new RuleMatch.Mark(false, true, 0x4000, 0x4000);
        assertThat(notMasq.matches(0x4000)).isFalse();
        assertThat(notMasq.matches(0x8000)).isTrue();
        assertThat(new RuleTarget.SetMark(MarkOperation.SET_XMARK, 0x4000000, 0xffff0000L).apply(0x1234_0001L))
                .isEqualTo(0x4000001L);
        assertThat(new RuleTarget.SetMark(MarkOperation.XOR, 0x4000, 0).apply(0x4001)).isEqualTo(0x1);
    }

    @Test
    void routePrefixesAndPortRanges() {
        Route host = new Route(1, "main", RouteType.UNICAST, AddressFamily.IPV4, "169.254.169.254", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), Optional.empty(), List.of(), Map.of(), List.of());
        assertThat(host.prefix()).isEqualTo("169.254.169.254/32");
        assertThat(new PortRange(30000, 32767).contains(30700)).isTrue();
        assertThat(new PortRange(30000, 32767).toString()).isEqualTo("30000-32767");
        assertThatThrownBy(() -> new PortRange(10, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
