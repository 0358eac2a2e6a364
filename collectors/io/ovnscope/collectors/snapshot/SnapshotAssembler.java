package io.ovnscope.collectors.snapshot;

import io.ovnscope.collectors.parse.OutputKind;
import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.collectors.parse.ovn.NorthboundAssembler;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.host.NetInterface;
import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.k8s.KubeObject;
import io.ovnscope.core.model.openflow.BridgeFeatures;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.OvsSwitchConfig;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns raw outputs into a snapshot: each output is read by its kind's parser, its problems are kept with
 * it, and what was understood is folded into one {@link NodeState}. Used after a collection, an import and
 * when a snapshot file is opened, so the three always agree.
 */
public final class SnapshotAssembler {
    private final Map<String, OutputKind> kinds = new HashMap<>();
    private final FlowDumpParser flowParser = new FlowDumpParser();

    public SnapshotAssembler(List<OutputKind> kinds) {
        kinds.forEach(k -> this.kinds.put(k.name(), k));
    }

    public Snapshot assemble(SnapshotSource source, List<CapturedOutput> raw, List<Gap> gaps) {
        Fold fold = new Fold();
        List<CapturedOutput> outputs = new ArrayList<>();
        Map<String, Integer> northboundOutputs = new LinkedHashMap<>();
        for (CapturedOutput output : raw) {
            if (!readable(output)) {
                outputs.add(withProblems(output, List.of()));
                continue;
            }
            if (output.kind().equals("nb-list")) {
                northboundOutputs.put(Names.table(output), outputs.size());
                outputs.add(output);
                continue;
            }
            outputs.add(withProblems(output, fold.read(output)));
        }
        NorthboundDatabase northbound = fold.northboundShow.orElse(NorthboundDatabase.empty());
        if (!northboundOutputs.isEmpty()) {
            Map<String, String> tables = new LinkedHashMap<>();
            northboundOutputs.forEach((table, index) -> tables.put(table, outputs.get(index).stdout()));
            Parsed<NorthboundDatabase> parsed = NorthboundAssembler.assemble(tables);
            northbound = parsed.items().isEmpty() ? northbound : parsed.items().get(0);
            Map<String, List<Problem>> byTable = Names.problemsByTable(parsed.problems(), northboundOutputs.keySet());
            northboundOutputs.forEach((table, index) ->
                    outputs.set(index, withProblems(outputs.get(index), byTable.getOrDefault(table, List.of()))));
        }
        NodeState node = new NodeState(fold.flows, fold.ports, fold.datapathFlows, fold.ovs, northbound,
                fold.iptables, fold.routes, fold.interfaces, fold.kubernetes);
        return new Snapshot(Snapshot.FORMAT_VERSION, source, outputs, gaps, node);
    }

    /** An output worth reading: it ran to the end, or was cut but holds what came before the cut. */
    private static boolean readable(CapturedOutput output) {
        return output.usable() || output.outcome() == Outcome.TIMED_OUT;
    }

    private static CapturedOutput withProblems(CapturedOutput o, List<Problem> problems) {
        return new CapturedOutput(o.item(), o.command(), o.kind(), o.outcome(), o.exitCode(), o.duration(),
                o.stdout(), o.stderr(), problems);
    }

    /** What the outputs read so far add up to. */
    private final class Fold {
        private final Map<String, FlowDump> flows = new LinkedHashMap<>();
        private final Map<String, BridgeFeatures> ports = new LinkedHashMap<>();
        private final Map<String, FlowDump> datapathFlows = new LinkedHashMap<>();
        private Optional<OvsSwitchConfig> ovs = Optional.empty();
        private Optional<NorthboundDatabase> northboundShow = Optional.empty();
        private final List<IptablesTable> iptables = new ArrayList<>();
        private final List<Route> routes = new ArrayList<>();
        private final List<NetInterface> interfaces = new ArrayList<>();
        private final List<KubeObject> kubernetes = new ArrayList<>();

        /** Reads one output into the fold and returns its problems. */
        List<Problem> read(CapturedOutput output) {
            String text = output.stdout();
            switch (output.kind()) {
                case "ofctl-flows" -> {
                    FlowDump dump = flowParser.read(text);
                    flows.put(Names.bridge(output), dump);
                    return dump.problems();
                }
                case "appctl-flows" -> {
                    FlowDump dump = flowParser.read(text);
                    datapathFlows.put(Names.bridge(output), dump);
                    return dump.problems();
                }
                default -> {
                    OutputKind kind = kinds.get(output.kind());
                    if (kind == null) {
                        return List.of(new Problem(1, "", "ovnscope has no parser of kind '" + output.kind()
                                + "'; the raw output is kept"));
                    }
                    Parsed<?> parsed = kind.parser().parse(text);
                    add(output, parsed.items());
                    return parsed.problems();
                }
            }
        }

        private void add(CapturedOutput output, List<?> items) {
            for (Object item : items) {
                if (item instanceof BridgeFeatures features) {
                    ports.put(Names.bridge(output), features);
                } else if (item instanceof OvsSwitchConfig config) {
                    ovs = Optional.of(config);
                } else if (item instanceof NorthboundDatabase database) {
                    northboundShow = Optional.of(database);
                } else if (item instanceof IptablesTable table) {
                    iptables.add(table);
                } else if (item instanceof Route route) {
                    routes.add(route);
                } else if (item instanceof NetInterface netInterface) {
                    interfaces.add(netInterface);
                } else if (item instanceof KubeObject object) {
                    kubernetes.add(object);
                }
            }
        }
    }
}
