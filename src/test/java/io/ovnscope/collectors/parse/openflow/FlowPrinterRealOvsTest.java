package io.ovnscope.collectors.parse.openflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.testing.ClasspathFixtures;
import io.ovnscope.testing.NodePortSeedFlows;
import io.ovnscope.testing.OvnFlowDumpGenerator;
import io.ovnscope.testing.UserspaceOvs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the printer against a real Open vSwitch: every flow of the real dumps and seeds is printed in
 * add-flow syntax, loaded with {@code ovs-ofctl -O OpenFlow15 add-flows}, dumped back and parsed, and must
 * mean the same (see {@link OvsNormalForm} for the spellings OVS changes).
 */
class FlowPrinterRealOvsTest {
    @RegisterExtension
    static final UserspaceOvs OVS = new UserspaceOvs();

    private static final String BRIDGE = "br-roundtrip";
    private static boolean bridgeReady;

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("realdata/01-ovs-ofctl-dump-flows-br-int--neutron-ovs-dvr-of10.txt"),
                Arguments.of("realdata/02-ovs-ofctl-O-OpenFlow13-dump-flows-br-int--neutron-ovs-dvr.txt"),
                Arguments.of("realdata/03-ovs-ofctl-dump-flows-br-tun--neutron-ovs-learn.txt"),
                Arguments.of("realdata/04-ovs-appctl-bridge-dump-flows-offload-stats-br-int--neutron-ovs.txt"),
                Arguments.of("realdata/13-ovs-appctl-bridge-dump-flows-offload-stats-br-int--ovn-sunbeam-hidden-table254.txt"),
                Arguments.of("realdata/14-ovs-ofctl-O-OpenFlow15-dump-flows-br-ex--ovn-sunbeam.txt"),
                Arguments.of("realdata/29-ovs-ofctl-dump-flows-breth0-ip-route-ip-rule--ovn-kubernetes-bgp-EDITED.txt"),
                Arguments.of("realdata/31-ovs-ofctl-show-breth0-dump-flows-grep--ovn-kubernetes-FILTERED.txt"),
                Arguments.of("realdata/36-ovs-ofctl-dump-flows-br-int-WRAPPED--neutron-ovn-refarch-EDITED.txt"),
                Arguments.of("realdata/44-ovs-ofctl-dump-flows-brp0-excerpt--ovn-kubernetes-dpu-accel.txt"),
                Arguments.of("captured/openflow/ovn-23.03-br-int-ovs-ofctl-dump-flows.txt"),
                Arguments.of("captured/openflow/ovn-23.03-br-int-ovs-ofctl-O-OpenFlow15-dump-flows.txt"),
                Arguments.of("seed/seed004-ovs-appctl-bridge-dump-flows-br-ex-snat.txt"),
                Arguments.of("seed/seed004-ovs-appctl-bridge-dump-flows-br-ex-loopback.txt"),
                Arguments.of(NodePortSeedFlows.FIXTURE));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void printedFlowsLoadIntoOvsAndDumpBackTheSame(String fixture) throws Exception {
        String text = fixture.equals(NodePortSeedFlows.FIXTURE)
                ? String.join("\n", NodePortSeedFlows.flows()) : ClasspathFixtures.read(fixture);
        roundTrip(fixture, text);
    }

    /** A sample of the benchmark's generated dump: OVS accepts every flow and dumps the same back. */
    @ParameterizedTest
    @ValueSource(ints = {0, 999_000})
    void generatedOvnFlowsAreAcceptedByOvs(int first) throws Exception {
        String dump = new OvnFlowDumpGenerator(42).dump(first, 2000);
        FlowDump parsed = new FlowDumpParser().read(dump);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.flows()).hasSize(2000);
        roundTrip("generated flows from " + first, dump);
    }

    /**
     * Every action the model knows, each in a flow of its own (tcp, so ct() with ports and mod_tp_dst are
     * allowed), with the group and meter they name created first.
     */
    @Test
    void everyModelledActionIsAcceptedByOvs() throws Exception {
        prepareBridge();
        List<String> actions = ActionSamples.modelled();
        StringBuilder flows = new StringBuilder();
        for (int i = 0; i < actions.size(); i++) {
            flows.append("table=0,cookie=0x77,priority=").append(1000 + i).append(",tcp,tp_dst=").append(1 + i)
                    .append(prerequisite(actions.get(i))).append(" actions=").append(actions.get(i)).append('\n');
        }
        roundTrip("modelled actions", flows.toString());
    }

    /** The same flows seen through bridge/dump-flows read back the same, hidden table 254 aside. */
    @Test
    void appctlDumpOfLoadedFlowsReadsTheSame() throws Exception {
        roundTrip(NodePortSeedFlows.FIXTURE, String.join("\n", NodePortSeedFlows.flows()));
        UserspaceOvs.Result dumped = OVS.appctl("bridge/dump-flows", "--offload-stats", BRIDGE);
        assertThat(dumped.ok()).as(dumped.stderr()).isTrue();
        FlowDump appctl = new FlowDumpParser().read(dumped.stdout());
        assertThat(appctl.problems()).isEmpty();
        assertThat(appctl.format()).isEqualTo(FlowDump.DumpFormat.APPCTL);
        assertThat(appctl.flows().stream().filter(f -> f.table() != 254).map(OvsNormalForm::key))
                .containsExactlyInAnyOrderElementsOf(NodePortSeedFlows.flows().stream()
                        .map(f -> OvsNormalForm.key(new FlowDumpParser().read(f).flows().get(0))).toList());
    }

    /** What OVS wants matched before it allows an action (it answers OFPBAC_MATCH_INCONSISTENT otherwise). */
    private static String prerequisite(String action) {
        if (action.endsWith(",ct)")) {
            return ",ct_state=+trk-inv";
        }
        if (action.equals("pop_vlan") || action.equals("strip_vlan")) {
            return ",vlan_tci=0x1000/0x1000";
        }
        return "";
    }

    private void roundTrip(String fixture, String text) throws Exception {
        prepareBridge();
        List<Flow> original = new ArrayList<>();
        for (Flow flow : new FlowDumpParser().read(text).flows()) {
            if (!excluded(flow)) {
                original.add(flow);
            }
        }
        assertThat(original).as("flows to load from " + fixture).isNotEmpty();

        assertThat(OVS.ofctl("-O", "OpenFlow15", "del-flows", BRIDGE).ok()).isTrue();
        Path file = Files.createTempFile(OVS.runDir(), "flows", ".txt");
        Files.write(file, original.stream().map(FlowPrinter::print).toList());
        UserspaceOvs.Result added = OVS.ofctl("-O", "OpenFlow15", "add-flows", BRIDGE, file.toString());
        assertThat(added.ok()).as("ovs-ofctl add-flows said: " + added.stderr()).isTrue();
        UserspaceOvs.Result dumped = OVS.ofctl("-O", "OpenFlow15", "--names", "dump-flows", BRIDGE);
        assertThat(dumped.ok()).as(dumped.stderr()).isTrue();
        FlowDump back = new FlowDumpParser().read(dumped.stdout());
        assertThat(back.problems()).as("problems reading OVS's own dump").isEmpty();

        Map<String, Flow> byKey = new HashMap<>();
        for (Flow flow : back.flows()) {
            byKey.put(OvsNormalForm.key(flow), flow);
        }
        Map<String, Flow> expected = new HashMap<>();
        for (Flow flow : original) {
            expected.put(OvsNormalForm.key(flow), flow);
        }
        assertThat(byKey.keySet()).as("flows OVS holds, by table, priority and match")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, Flow> entry : expected.entrySet()) {
            Flow want = entry.getValue();
            Flow got = byKey.get(entry.getKey());
            if (got.cookie() != want.cookie()) {
                differences.add("cookie of " + FlowPrinter.print(want) + ": " + got.cookieText());
            }
            String wantActions = OvsNormalForm.actions(want.actions());
            String gotActions = OvsNormalForm.actions(got.actions());
            if (!wantActions.equals(gotActions)) {
                differences.add(FlowPrinter.print(want) + "\n  expected " + wantActions + "\n  but OVS has " + gotActions);
            }
        }
        assertThat(differences).as("flows OVS holds differently from " + fixture).isEmpty();
    }

    /**
     * Table 254 is OVS's hidden internal table (bridge/dump-flows shows it): OpenFlow cannot write to it.
     */
    private static boolean excluded(Flow flow) {
        return flow.table() == 254;
    }

    private static synchronized void prepareBridge() {
        if (bridgeReady) {
            return;
        }
        OVS.addBridge(BRIDGE);
        OVS.addPort(BRIDGE, "p0", 65001);
        OVS.addPort(BRIDGE, "pf0vf1_r", 65002);
        OVS.addPort(BRIDGE, "patch-brp0_c-23", 65003);
        for (String group : List.of("1", "7")) {
            UserspaceOvs.Result added = OVS.ofctl("-O", "OpenFlow15", "add-group", BRIDGE,
                    "group_id=" + group + ",type=all,bucket=output:1");
            assertThat(added.ok()).as(added.stderr()).isTrue();
        }
        for (String meter : List.of("1", "2")) {
            UserspaceOvs.Result added = OVS.ofctl("-O", "OpenFlow15", "add-meter", BRIDGE,
                    "meter=" + meter + ",kbps,band=type=drop,rate=1000");
            assertThat(added.ok()).as(added.stderr()).isTrue();
        }
        bridgeReady = true;
    }
}
