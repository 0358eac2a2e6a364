package io.ovnscope.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.host.IptablesSaveParser;
import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.collectors.parse.ovn.NorthboundAssembler;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.testing.ClasspathFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Two states of the seed's node built by the real parsers from captured outputs: the later one has one flow
 * more, one flow's counters moved, one load balancer's backend changed and one nat rule gone.
 */
class SnapshotComparerTest {
    private static final String FLOWS = ClasspathFixtures.captured("openflow", "ovs-ofctl-O-OpenFlow15-dump-flows-br-int.txt");
    private static final String LBS = ClasspathFixtures.captured("ovn", "nbctl-json-list-Load_Balancer.json");
    private static final String NAT = ClasspathFixtures.captured("host", "iptables-save-t-nat.txt");
    private static final String ADDED_FLOW =
            " cookie=0x521, duration=1.5s, table=0, n_packets=0, n_bytes=0, priority=500,ip,nw_dst=10.43.0.99 actions=drop\n";
    private static final String NAT_RULE = "-A OVN-KUBE-NODEPORT -p tcp -m addrtype --dst-type LOCAL -m tcp --dport 30700 -j DNAT --to-destination 10.43.19.182:7000";

    @Test
    void aStateComparedWithItselfIsIdentical() {
        SnapshotComparison comparison = SnapshotComparer.compare(state(FLOWS, LBS, NAT), state(FLOWS, LBS, NAT));
        assertThat(comparison.identical()).isTrue();
        assertThat(ComparisonText.write(comparison)).endsWith("no differences\n");
    }

    @Test
    void findsExactlyWhatChanged() {
        // The first flow is the only one with n_packets=1, n_bytes=118 (grep -c); the first 10.43.0.10:53 VIP in
        // the JSON is the UDP dns-default load balancer's.
        String flows = FLOWS.replace("n_packets=1, n_bytes=118,", "n_packets=4, n_bytes=472,") + ADDED_FLOW;
        String lbs = LBS.replaceFirst(Pattern.quote("[\"10.43.0.10:53\",\"10.42.0.7:5353\"]"),
                Matcher.quoteReplacement("[\"10.43.0.10:53\",\"10.42.0.8:5353\"]"));
        String nat = NAT.replace(NAT_RULE + "\n", "");

        SnapshotComparison comparison = SnapshotComparer.compare(state(FLOWS, LBS, NAT), state(flows, lbs, nat));

        assertThat(comparison.flows()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(change.bridge()).isEqualTo("br-int");
            assertThat(change.flow().cookie()).isEqualTo(0x521);
            assertThat(change.flow().priority()).isEqualTo(500);
        });
        assertThat(comparison.counters()).singleElement().satisfies(change -> {
            assertThat(change.packets()).isEqualTo(3);
            assertThat(change.bytes()).isEqualTo(354);
            assertThat(change.after().line()).isEqualTo(2);
        });
        assertThat(comparison.objects()).containsExactly(
                new ObjectChange(ChangeKind.CHANGED, ObjectArea.LOAD_BALANCER_VIP,
                        "Service_openshift-dns/dns-default_UDP_node_router+switch_microshift-dev udp 10.43.0.10:53",
                        "10.42.0.7:5353", "10.42.0.8:5353"),
                new ObjectChange(ChangeKind.REMOVED, ObjectArea.IPTABLES_RULE, "nat OVN-KUBE-NODEPORT: " + NAT_RULE,
                        "", ""));
        String text = ComparisonText.write(comparison);
        assertThat(text).startsWith("flows: 1 added, 0 removed, 1 with moved counters; configuration: 2 changes\n");
        assertThat(text).contains("  + br-int table=0,cookie=0x521,priority=500,ip,nw_dst=10.43.0.99 actions=drop\n");
        assertThat(text).contains("load balancer VIPs:\n  ~ Service_openshift-dns/dns-default_UDP_node_router+switch"
                + "_microshift-dev udp 10.43.0.10:53: 10.42.0.7:5353 -> 10.42.0.8:5353\n");
    }

    @Test
    void aBridgeThatFailedToDumpIsNotComparedAsEmpty() {
        NodeState before = state(FLOWS, LBS, NAT);
        FlowDump failed = new FlowDump(FlowDump.DumpFormat.UNKNOWN, List.of(), List.of(), true);
        NodeState after = new NodeState(Map.of("br-int", failed), Map.of(), Map.of(), Optional.empty(),
                before.northbound(), before.iptables(), List.of(), List.of(), List.of());
        assertThat(SnapshotComparer.compare(before, after).flows()).isEmpty();
    }

    private static NodeState state(String flows, String loadBalancers, String nat) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : List.of("Logical_Switch", "Logical_Switch_Port", "Logical_Router", "Logical_Router_Port",
                "Logical_Router_Static_Route", "Logical_Router_Policy", "NAT", "Address_Set")) {
            tables.put(table, ClasspathFixtures.captured("ovn", "nbctl-json-list-" + table + ".json"));
        }
        tables.put("Load_Balancer", loadBalancers);
        return new NodeState(Map.of("br-int", new FlowDumpParser().read(flows)), Map.of(), Map.of(), Optional.empty(),
                NorthboundAssembler.assemble(tables).items().get(0), new IptablesSaveParser().parse(nat).items(),
                List.of(), List.of(), List.of());
    }
}
