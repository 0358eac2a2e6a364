package io.ovnscope.core.nodeport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.testing.NodePortSeedFlows;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flow program against seed 000's own lines (fixtures/seed), with the seed's variables substituted. */
class NodePortProgramTest {
    private static final IpAddress GATEWAY = IpAddress.parse(NodePortSeedFlows.GATEWAY_IP).orElseThrow();
    private final NodePortParameters seed = NodePortParameters.seedDefaults(GATEWAY);

    private static List<String> texts(List<PlannedFlow> flows) {
        return flows.stream().map(PlannedFlow::text).toList();
    }

    @Test
    void withTheTestFlowTheSetIsTheSeedsBlockByteForByte() {
        assertThat(texts(NodePortProgram.flows(seed.withTestFlows(true))))
                .containsExactlyElementsOf(NodePortSeedFlows.flows());
    }

    @Test
    void byDefaultTheOneTestFlowOfCookie0x999StaysOut() {
        List<PlannedFlow> flows = NodePortProgram.flows(seed);
        // 21 uncommented add-flow lines in the seed block, one of them with $TestCookie.
        assertThat(flows).hasSize(20).allMatch(f -> f.cookie() == 0x520);
        List<String> seedWithoutTest = NodePortSeedFlows.flows().stream()
                .filter(f -> !f.contains("cookie=0x999")).toList();
        assertThat(texts(flows)).containsExactlyElementsOf(seedWithoutTest);
    }

    @Test
    void theSeedsQuirksAreKept() {
        List<String> texts = texts(NodePortProgram.flows(seed));
        assertThat(texts).contains("table=12,cookie=0x520,priority=0,ip actions=ct(table=30,zone=65500,nat)");
        assertThat(texts).contains(
                "table=110, cookie=0x520,priority=220,ip,nw_src=169.254.169.110  actions=load:0x2->NXM_NX_REG8[],resubmit(,12)");
    }

    @Test
    void eachExtraNodePortAddsTheTwoFlowsOfTheSeedsAddNewNodePortBlocks() {
        List<PlannedFlow> flows = NodePortProgram.flows(seed.withNodePorts(List.of(31736, 30232, 32287)));
        assertThat(flows).hasSize(24);
        assertThat(texts(flows.subList(20, 22)))
                .containsExactlyElementsOf(NodePortSeedFlows.newPortFlows(NodePortSeedFlows.NEW_PORT_30232));
        assertThat(texts(flows.subList(22, 24)))
                .containsExactlyElementsOf(NodePortSeedFlows.newPortFlows(NodePortSeedFlows.NEW_PORT_32287));
        assertThat(NodePortSeedFlows.newPortFlows(NodePortSeedFlows.NEW_PORT_30232)).hasSize(2);
    }

    @Test
    void partsOfAFlowAgreeWithItsText() {
        PlannedFlow uplink = NodePortProgram.flows(seed).get(0);
        assertThat(uplink.table()).isEqualTo(5);
        assertThat(uplink.priority()).isEqualTo(210);
        assertThat(uplink.match()).isEqualTo("reg0=0x4/0xffff,ip,nw_dst=10.176.25.244,tcp,tp_dst=31736");
        assertThat(uplink.actions()).isEqualTo("resubmit(,6)");
        assertThat(uplink.strictDeleteLine()).isEqualTo(
                "delete_strict table=5,cookie=0x520/-1,priority=210,reg0=0x4/0xffff,ip,nw_dst=10.176.25.244,tcp,tp_dst=31736");
        PlannedFlow drop = NodePortProgram.flows(seed).stream().filter(f -> f.table() == 8 && f.priority() == 0)
                .findFirst().orElseThrow();
        assertThat(drop.match()).isEmpty();
        assertThat(drop.strictDeleteLine()).isEqualTo("delete_strict table=8,cookie=0x520/-1,priority=0");
    }

    @Test
    void otherParametersGoWhereTheSeedsVariablesWere() {
        NodePortParameters other = new NodePortInput("192.168.1.10", List.of("30080"), "169.254.0.5", "192.168.1.1",
                "7", "0xabc", "0x99", "100", "200", "300", java.util.Map.of("DnatTable", "18", "L2ForwardingOutTable", "120"),
                false).read().parameters().orElseThrow();
        List<String> texts = texts(NodePortProgram.flows(other));
        assertThat(texts.get(0)).isEqualTo(
                "table=5, cookie=0xabc,priority=210,reg0=0x4/0xffff,ip,nw_dst=192.168.1.10,tcp,tp_dst=30080 actions=resubmit(,6)");
        assertThat(texts).contains("table=7, cookie=0xabc,priority=200,ip,tcp,tp_dst=30080 actions=ct(table=18,zone=100,nat)",
                "table=18, cookie=0xabc,priority=200,ip,reg8=0x2/0xffff actions=output:7",
                "table=12,cookie=0xabc,priority=0,ip actions=ct(table=30,zone=300,nat)",
                "table=11, cookie=0xabc,priority=190,reg8=0x1/0xffff,ip,tcp,ct_state=+new+trk actions=ct(commit,table=12,zone=200,nat(src=192.168.1.1))",
                "table=120, cookie=0xabc,priority=220,ip,nw_src=169.254.0.5  actions=load:0x2->NXM_NX_REG8[],resubmit(,12)");
        assertThat(texts).noneMatch(t -> t.contains("0x520") || t.contains("52100") || t.contains("table=8,"));
    }
}
