package io.ovnscope.testing;

import io.ovnscope.collectors.parse.host.IptablesSaveParser;
import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.collectors.parse.ovn.NorthboundAssembler;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real snapshots for the window's tests, made by the real parsers from captured outputs of the seed's node
 * (northbound tables of the lab, br-int's flows, the nat table), until the collector makes them itself.
 */
public final class FixtureSnapshots {
    public static final String NODE = "microshift-dev";
    public static final Instant TAKEN = Instant.parse("2026-11-22T17:18:03Z");
    private static final List<String> TABLES = List.of("Logical_Switch", "Logical_Switch_Port", "Logical_Router",
            "Logical_Router_Port", "Logical_Router_Static_Route", "Logical_Router_Policy", "NAT", "Load_Balancer",
            "Address_Set");
    private static final String FLOWS = "ovs-ofctl-O-OpenFlow15-dump-flows-br-int.txt";
    private static final String NAT = "iptables-save-t-nat.txt";

    private FixtureSnapshots() {
    }

    /** The seed's node as the demo: every output complete, no gaps. */
    public static Snapshot demo() {
        return snapshot(SnapshotSource.Origin.DEMO, "root@127.0.0.1:2222", List.of());
    }

    /** As collected over SSH from {@code address}, with the given gaps. */
    public static Snapshot collected(String address, List<Gap> gaps) {
        return snapshot(SnapshotSource.Origin.SSH, address, gaps);
    }

    private static Snapshot snapshot(SnapshotSource.Origin origin, String address, List<Gap> gaps) {
        List<CapturedOutput> outputs = new ArrayList<>();
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            tables.put(table, ClasspathFixtures.captured("ovn", "nbctl-json-list-" + table + ".json"));
        }
        Parsed<NorthboundDatabase> northbound = NorthboundAssembler.assemble(tables);
        // The assembler names each problem's table first, so each output keeps its own problems.
        tables.forEach((table, text) -> outputs.add(output("northbound/" + table,
                "ovn-nbctl --format=json list " + table, "nbctl-json", text, northbound.problems().stream()
                        .filter(p -> p.reason().startsWith(table + ":")).toList())));

        String flowText = ClasspathFixtures.captured("openflow", FLOWS);
        FlowDump flows = new FlowDumpParser().read(flowText);
        outputs.add(output("flows/br-int", "ovs-ofctl -O OpenFlow15 dump-flows br-int", "ofctl-flows", flowText,
                flows.problems()));

        String natText = ClasspathFixtures.captured("host", NAT);
        Parsed<IptablesTable> nat = new IptablesSaveParser().parse(natText);
        outputs.add(output("iptables/nat", "iptables-save -t nat", "iptables-save", natText, nat.problems()));
        for (Gap gap : gaps) {
            outputs.add(new CapturedOutput(gap.item(), gap.item(), "none", Outcome.TIMED_OUT, null,
                    Duration.ofSeconds(20), "", gap.reason(), List.of()));
        }

        NodeState node = new NodeState(Map.of("br-int", flows), Map.of(), Map.of(), Optional.empty(),
                northbound.items().get(0), nat.items(), List.of(), List.of(), List.of());
        return new Snapshot(Snapshot.FORMAT_VERSION, new SnapshotSource(origin, NODE, address, TAKEN), outputs,
                gaps, node);
    }

    private static CapturedOutput output(String item, String command, String kind, String text,
                                         List<Problem> problems) {
        return new CapturedOutput(item, command, kind, Outcome.COMPLETED, 0, Duration.ofMillis(40), text, "",
                problems);
    }
}
