package io.ovnscope.core.nodeport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.ovnscope.testing.LineFuzzer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever is typed, reading it gives parameters or named errors, never an exception. */
class NodePortInputFuzzTest {
    private static final List<String> CORPUS = List.of("10.176.25.244", "31736", "169.254.169.110", "10.176.25.1",
            "2", "0x520", "0x999", "52100", "52200", "65500", "DnatTable", "18446744073709551615", "0xffffffffffffffff");

    @Test
    void noInputThrows() {
        LineFuzzer fuzz = new LineFuzzer(20261122L, CORPUS);
        for (int i = 0; i < 3000; i++) {
            NodePortInput input = new NodePortInput(fuzz.next(), List.of(fuzz.next(), fuzz.next()), fuzz.next(),
                    fuzz.next(), fuzz.next(), fuzz.next(), fuzz.next(), fuzz.next(), fuzz.next(), fuzz.next(),
                    Map.of(fuzz.next(), fuzz.next()), i % 2 == 0);
            int round = i;
            assertThatCode(() -> {
                NodePortInput.Result result = input.read();
                // Exactly one of the two: parameters that make a flow set, or the reasons there are none.
                assertThat(result.parameters().isPresent()).isNotEqualTo(!result.errors().isEmpty());
                result.parameters().ifPresent(NodePortProgram::flows);
            }).as("round %d: %s", round, input).doesNotThrowAnyException();
        }
    }

    @Test
    void numbersBeyondSixtyFourBitsOrAnIntAreErrorsNotOverflows() {
        NodePortInput seed = NodePortInput.seed();
        NodePortInput.Result result = new NodePortInput(seed.nodeIp(), List.of("4294967297"), seed.vip(), "10.0.0.1",
                "99999999999", "0x1ffffffffffffffff", seed.testCookie(), "4294967296", seed.snatZone(),
                seed.conntrackZone(), Map.of(), false).read();
        assertThat(result.errors()).extracting(FieldError::field)
                .containsExactly("node-port", "gw-port", "cookie", "dnat-zone");
        NodePortInput.Result ranges = new NodePortInput(seed.nodeIp(), List.of("4294967297"), seed.vip(), "10.0.0.1",
                "99999999999", "0x520", seed.testCookie(), "4294967296", seed.snatZone(), seed.conntrackZone(),
                Map.of(), false).read();
        assertThat(ranges.errors()).extracting(FieldError::toString).containsExactly(
                "node-port: 4294967297 is far too large", "gw-port: 99999999999 is far too large",
                "dnat-zone: 4294967296 is far too large");
    }
}
