package io.ovnscope.collectors.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ovnscope.collectors.parse.openflow.ActionSamples;
import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.testing.OvnFlowDumpGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written flow writer must give the shape the reflective record mapping gives (the {@code parse}
 * command's public output), for every flow of the real dumps, every action the model knows and a
 * generated OVN dump. Flags are compared as sets: the reflective mapping writes them in hash order.
 */
class FlowJsonTest {
    private static final ObjectMapper HAND_WRITTEN = ModelJson.mapper();
    private static final ObjectMapper REFLECTIVE = ModelJson.reflective().build();

    static Stream<String> dumps() {
        return Stream.of(
                "fixtures/realdata/01-ovs-ofctl-dump-flows-br-int--neutron-ovs-dvr-of10.txt",
                "fixtures/realdata/02-ovs-ofctl-O-OpenFlow13-dump-flows-br-int--neutron-ovs-dvr.txt",
                "fixtures/realdata/03-ovs-ofctl-dump-flows-br-tun--neutron-ovs-learn.txt",
                "fixtures/realdata/04-ovs-appctl-bridge-dump-flows-offload-stats-br-int--neutron-ovs.txt",
                "fixtures/realdata/13-ovs-appctl-bridge-dump-flows-offload-stats-br-int--ovn-sunbeam-hidden-table254.txt",
                "fixtures/realdata/14-ovs-ofctl-O-OpenFlow15-dump-flows-br-ex--ovn-sunbeam.txt",
                "fixtures/realdata/36-ovs-ofctl-dump-flows-br-int-WRAPPED--neutron-ovn-refarch-EDITED.txt",
                "fixtures/realdata/44-ovs-ofctl-dump-flows-brp0-excerpt--ovn-kubernetes-dpu-accel.txt",
                "fixtures/captured/openflow/ovn-23.03-br-int-ovs-ofctl-O-OpenFlow15-dump-flows.txt",
                "fixtures/captured/openflow/ovs-ofctl-names-dump-flows-br-int.txt",
                "fixtures/captured/openflow/ovs-ofctl-no-stats-dump-flows-br-int.txt",
                "fixtures/captured/openflow/ovs-ofctl-dump-flows-br-big-700-generated-flows.txt",
                "fixtures/seed/seed004-ovs-appctl-bridge-dump-flows-br-ex-snat.txt");
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void writesRealDumpsAsTheReflectiveMappingDoes(String resource) throws IOException {
        assertSameShape(flows(fixture(resource)), 1);
    }

    @Test
    void writesEveryModelledActionAsTheReflectiveMappingDoes() throws IOException {
        StringBuilder dump = new StringBuilder();
        for (String action : ActionSamples.modelled()) {
            dump.append("cookie=0x1, table=3, priority=5,send_flow_rem,check_overlap idle_timeout=9,ip actions=")
                    .append(action).append(",unheard_of_action:7\n");
        }
        assertSameShape(flows(dump.toString()), ActionSamples.modelled().size());
    }

    @Test
    void writesAGeneratedOvnDumpAsTheReflectiveMappingDoes() throws IOException {
        assertSameShape(flows(new OvnFlowDumpGenerator(3).dump(2000)), 2000);
    }

    private static void assertSameShape(List<Flow> flows, int atLeast) throws IOException {
        assertThat(flows).hasSizeGreaterThanOrEqualTo(atLeast);
        JsonNode hand = HAND_WRITTEN.readTree(HAND_WRITTEN.writeValueAsString(flows));
        JsonNode reflective = REFLECTIVE.readTree(REFLECTIVE.writeValueAsString(flows));
        sortFlags(hand);
        sortFlags(reflective);
        assertThat(hand.size()).isEqualTo(flows.size());
        for (int i = 0; i < flows.size(); i++) {
            assertThat(hand.get(i)).as("flow of line %d", flows.get(i).line()).isEqualTo(reflective.get(i));
        }
    }

    private static void sortFlags(JsonNode flows) {
        for (JsonNode flow : flows) {
            List<String> flags = new ArrayList<>();
            flow.get("flags").forEach(flag -> flags.add(flag.asText()));
            flags.sort(null);
            ArrayNode sorted = ((ObjectNode) flow).putArray("flags");
            flags.forEach(sorted::add);
        }
    }

    private static List<Flow> flows(String text) {
        return new FlowDumpParser().read(text).flows();
    }

    private static String fixture(String resource) throws IOException {
        try (InputStream in = FlowJsonTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
