package io.ovnscope.collectors.nodeport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.nodeport.FlowChange;
import io.ovnscope.core.nodeport.NodePortParameters;
import io.ovnscope.core.nodeport.NodePortProgram;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriteCommandsTest {
    private static final String GUARD_START = "awk '{l[NR]=$0} END{if(NR==0||l[NR]!=\"# ovnscope: end of input\")";
    private final NodePortParameters seed = NodePortParameters.seedDefaults(IpAddress.parse("10.176.25.1").orElseThrow());
    private final WriteCommands brInt = new WriteCommands("br-int", "");

    @Test
    void installIsOneGuardedBundleWithTheFlowsAndTheEndLineOnItsInput() {
        List<CommandSpec> specs = brInt.write(new FlowChange.AddFlows(NodePortProgram.flows(seed)));
        assertThat(specs).hasSize(1);
        assertThat(specs.get(0).command()).startsWith(GUARD_START)
                .endsWith("' | ovs-ofctl -O OpenFlow15 --bundle add-flows br-int -");
        List<String> input = specs.get(0).stdin().lines().toList();
        assertThat(input).hasSize(21);
        assertThat(input.get(0)).isEqualTo(NodePortProgram.flows(seed).get(0).text());
        assertThat(input.get(20)).isEqualTo("# ovnscope: end of input");
    }

    @Test
    void removingAPortIsOneBundleOfTwoStrictDeletesUnderTheFullCookieMask() {
        CommandSpec spec = brInt.write(new FlowChange.DeleteFlows(NodePortProgram.portFlows(seed, 31736))).get(0);
        assertThat(spec.stdin()).isEqualTo("""
                delete_strict table=5,cookie=0x520/-1,priority=210,reg0=0x4/0xffff,ip,nw_dst=10.176.25.244,tcp,tp_dst=31736
                delete_strict table=7,cookie=0x520/-1,priority=200,ip,tcp,tp_dst=31736
                # ovnscope: end of input
                """);
    }

    @Test
    void removeAllDeletesByEachCookieWithTheFullMask() {
        assertThat(new WriteCommands("br-int", "sudo -n").write(new FlowChange.DeleteByCookie(List.of(0x520L, 0x999L))))
                .extracting(CommandSpec::command).containsExactly(
                        "sudo -n ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x520/-1",
                        "sudo -n ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x999/-1");
        assertThat(brInt.dump(0x520).command()).isEqualTo("ovs-ofctl -O OpenFlow15 dump-flows br-int cookie=0x520/-1");
        assertThat(brInt.dumpAll().command()).isEqualTo("ovs-ofctl -O OpenFlow15 dump-flows br-int");
    }

    @Test
    void nothingElsePassesTheAllowlist() {
        String guard = brInt.write(new FlowChange.AddFlows(NodePortProgram.flows(seed))).get(0).command();
        String flows = "table=5, cookie=0x520,priority=1 actions=drop\n# ovnscope: end of input\n";
        assertThat(WriteCommands.allowed(guard, flows)).isTrue();
        // No end line, a flow without a cookie, a line of another shape, another write, a chained command.
        assertThat(WriteCommands.allowed(guard, "table=5, cookie=0x520,priority=1 actions=drop\n")).isFalse();
        assertThat(WriteCommands.allowed(guard, "table=5,priority=1 actions=drop\n# ovnscope: end of input\n")).isFalse();
        assertThat(WriteCommands.allowed(guard, "delete table=5\n# ovnscope: end of input\n")).isFalse();
        assertThat(WriteCommands.allowed(guard, "# ovnscope: end of input\n")).isFalse();
        assertThat(WriteCommands.allowed("ovs-ofctl -O OpenFlow15 del-flows br-int", null)).isFalse();
        assertThat(WriteCommands.allowed("ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x520", null)).isFalse();
        assertThat(WriteCommands.allowed("ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x520/-1; reboot",
                null)).isFalse();
        assertThat(WriteCommands.allowed("ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x520/-1", null))
                .isTrue();
        assertThat(WriteCommands.allowed("ovs-ofctl -O OpenFlow15 --bundle del-flows br-int cookie=0x520/-1", "x"))
                .isFalse();
        assertThat(WriteCommands.allowed("ovs-vsctl del-br br-int", null)).isFalse();
    }

    @Test
    void badBridgeNamesAndPrefixesThatLoseTheInputAreRefused() {
        assertThatThrownBy(() -> new WriteCommands("br-int;rm", "")).hasMessageContaining("bridge");
        assertThatThrownBy(() -> new WriteCommands("br-int", "oc -n ns exec pod --")).hasMessageContaining("exec -i");
        assertThat(new WriteCommands("br-int", "oc -n openshift-ovn-kubernetes exec -i ovnkube-node-x -c ovnkube-node --")
                .dump(0x520).command()).startsWith("oc -n openshift-ovn-kubernetes exec -i ");
    }
}
