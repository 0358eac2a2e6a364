package io.ovnscope.collectors.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.openflow.ActionSamples;
import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.FlowDump;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * {@code parse} writes a flow dump without the whole mapping; its text must be the very text the mapping
 * writes for the same document, problems and rare actions included.
 */
class FlowDumpJsonTest {
    static java.util.stream.Stream<String> dumps() {
        return FlowJsonTest.dumps();
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void writesRealDumpsCharForCharAsTheMappingDoes(String resource) throws IOException {
        assertSameText("ofctl-flows", fixture(resource));
    }

    @Test
    void writesEveryModelledActionAndItsProblemsAsTheMappingDoes() throws IOException {
        StringBuilder dump = new StringBuilder("NXST_FLOW reply (xid=0x4):\n");
        for (String action : ActionSamples.modelled()) {
            dump.append(" cookie=0x1, table=3, priority=5,ip actions=").append(action).append(",unheard_of:7\n");
        }
        dump.append("$ ovs-ofctl dump-flows br-int\n priority=\"unclosed actions=drop\n");
        FlowDump parsed = new FlowDumpParser().read(dump.toString());
        assertThat(parsed.problems()).isNotEmpty();
        assertSameText("appctl-flows", dump.toString());
    }

    private static void assertSameText(String kind, String text) throws IOException {
        FlowDump dump = new FlowDumpParser().read(text);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("kind", kind);
        document.put("items", dump.flows());
        document.put("problems", dump.problems());
        StringWriter written = new StringWriter();
        new FlowDumpJson().write(written, kind, dump.flows(), dump.problems());
        assertThat(written.toString()).isEqualTo(ModelJson.mapper().writeValueAsString(document));
    }

    private static String fixture(String resource) throws IOException {
        try (InputStream in = FlowDumpJsonTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
