package io.ovnscope.core.nodeport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ovnscope.core.model.net.IpAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodePortCommandTest {
    private final NodePortParameters seed = NodePortParameters.seedDefaults(IpAddress.parse("10.176.25.1").orElseThrow());

    @Test
    void installAddsTheWholeSetAndRemoveAllUndoesIt() {
        NodePortCommand install = new NodePortCommand.Install(seed);
        assertThat(install.change()).isEqualTo(new FlowChange.AddFlows(NodePortProgram.flows(seed)));
        assertThat(install.expectedBefore()).isEmpty();
        assertThat(install.expectedAfter()).hasSize(20);
        NodePortCommand undo = install.inverse();
        assertThat(undo).isEqualTo(new NodePortCommand.RemoveAll(seed));
        assertThat(undo.change()).isEqualTo(new FlowChange.DeleteByCookie(List.of(0x520L)));
        assertThat(undo.expectedBefore()).isEqualTo(install.expectedAfter());
        assertThat(undo.expectedAfter()).isEmpty();
        assertThat(undo.inverse()).isEqualTo(install);
    }

    @Test
    void removeAllAlsoTakesTheTestCookieWhenTheTestFlowsAreOn() {
        NodePortCommand remove = new NodePortCommand.RemoveAll(seed.withTestFlows(true));
        assertThat(remove.change()).isEqualTo(new FlowChange.DeleteByCookie(List.of(0x520L, 0x999L)));
        assertThat(remove.description()).isEqualTo("remove every flow with cookie 0x520 or 0x999");
    }

    @Test
    void addPortAndRemovePortAreEachOthersInverse() {
        NodePortCommand add = new NodePortCommand.AddPort(seed, 30232);
        assertThat(add.change()).isEqualTo(new FlowChange.AddFlows(NodePortProgram.portFlows(seed, 30232)));
        assertThat(add.after().orElseThrow().nodePorts()).containsExactly(31736, 30232);
        assertThat(add.expectedAfter()).hasSize(22);
        NodePortCommand remove = add.inverse();
        assertThat(remove.change()).isEqualTo(new FlowChange.DeleteFlows(NodePortProgram.portFlows(seed, 30232)));
        assertThat(remove.after()).contains(seed);
        assertThat(remove.inverse()).isEqualTo(add);
    }

    @Test
    void removingTheFirstPortLeavesTheSameFlowsAsNeverHavingIt() {
        NodePortParameters two = seed.withNodePorts(List.of(31736, 30232));
        NodePortCommand remove = new NodePortCommand.RemovePort(two, 31736);
        assertThat(remove.expectedAfter()).containsExactlyInAnyOrderElementsOf(
                NodePortProgram.flows(seed.withNodePorts(List.of(30232))));
        List<PlannedFlow> left = new java.util.ArrayList<>(remove.expectedBefore());
        left.removeAll(NodePortProgram.portFlows(two, 31736));
        assertThat(left).containsExactlyInAnyOrderElementsOf(remove.expectedAfter());
    }

    @Test
    void impossiblePortEditsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> new NodePortCommand.AddPort(seed, 31736)).hasMessage("node-port: 31736 is installed already");
        assertThatThrownBy(() -> new NodePortCommand.RemovePort(seed, 31736))
                .hasMessage("node-port: 31736 is the only NodePort; remove the whole set instead");
        assertThatThrownBy(() -> new NodePortCommand.RemovePort(seed.withNodePorts(List.of(1, 2)), 3))
                .hasMessage("node-port: 3 is not one of the installed NodePorts [1, 2]");
    }
}
