package io.ovnscope.collectors.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.OutputKind;
import io.ovnscope.collectors.parse.OutputKinds;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandCatalogTest {
    private final CommandCatalog catalog = CommandCatalog.builtIn();

    private List<PlannedCommand> everything() {
        List<PlannedCommand> all = new ArrayList<>(catalog.firstRound());
        all.addAll(catalog.perBridge(List.of("br-int", "br-ex", "breth0")));
        return all;
    }

    @Test
    void everyCatalogCommandOnlyReads() {
        assertThat(everything()).allSatisfy(planned ->
                assertThat(ReadOnlyCommands.readsOnly(planned.command())).as(planned.command()).isTrue());
    }

    @Test
    void everyCatalogCommandHasAParser() {
        List<String> kinds = OutputKinds.all().stream().map(OutputKind::name).toList();
        assertThat(everything()).allSatisfy(planned -> assertThat(kinds).contains(planned.kind()));
    }

    @Test
    void perBridgeItemsRunOncePerBridgeAndTheBrExOnlyItemOnlyWithBrEx() {
        assertThat(catalog.perBridge(List.of("br-int", "breth0"))).extracting(PlannedCommand::id)
                .containsExactlyInAnyOrder("flows/br-int", "flows/breth0", "ports/br-int", "ports/breth0");
        assertThat(catalog.perBridge(List.of("br-ex"))).extracting(PlannedCommand::command)
                .contains("ovs-ofctl -O OpenFlow15 dump-flows br-ex", "ovs-appctl bridge/dump-flows br-ex");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ovs-ofctl add-flow br-int actions=drop", "ovs-ofctl del-flows br-int", "ovs-ofctl --bundle add-flows br-int -",
        "ovs-vsctl add-br br-x", "ovs-vsctl del-port br-int x", "ovn-nbctl lb-add lb 1.1.1.1 2.2.2.2",
        "ovn-nbctl lr-route-del GR", "iptables -t nat -F", "iptables-restore", "ip route add 1.0.0.0/8 dev lo",
        "ip link set eth0 down", "kubectl delete pod x", "ovs-vsctl show; reboot", "ovs-ofctl dump-flows br-int && reboot",
        "ovs-ofctl dump-flows br-int | sh", "ovn-nbctl show $(reboot)", "ovs-appctl exit"})
    void commandsThatChangeANodeAreNotReadOnly(String command) {
        assertThat(ReadOnlyCommands.readsOnly(command)).isFalse();
    }
}
