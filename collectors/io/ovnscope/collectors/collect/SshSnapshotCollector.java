package io.ovnscope.collectors.collect;

import io.ovnscope.collectors.catalog.CommandCatalog;
import io.ovnscope.collectors.catalog.PlannedCommand;
import io.ovnscope.collectors.catalog.Tool;
import io.ovnscope.collectors.parse.openflow.BridgeListParser;
import io.ovnscope.collectors.snapshot.SnapshotAssembler;
import io.ovnscope.collectors.ssh.SshConnector;
import io.ovnscope.collectors.ssh.SshNodeShell;
import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.node.JoinedRunner;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.node.NodeShell;
import io.ovnscope.core.node.RunProgress;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects a node over SSH: discovers how its tools are reached, runs the catalog in two rounds (then the
 * commands for each bridge found), and assembles the snapshot. What fails leaves a gap; the rest stands.
 */
public final class SshSnapshotCollector implements SnapshotCollector {
    private final SshConnector connector;
    private final CommandCatalog catalog;
    private final SnapshotAssembler assembler;
    private final Clock clock;

    public SshSnapshotCollector(SshConnector connector, CommandCatalog catalog, SnapshotAssembler assembler,
                                Clock clock) {
        this.connector = connector;
        this.catalog = catalog;
        this.assembler = assembler;
        this.clock = clock;
    }

    @Override
    public Snapshot collect(CollectRequest request, CollectionListener listener, CancelToken cancel)
            throws NodeConnectException {
        ConnectionProfile profile = request.profile();
        listener.connecting(profile.address());
        try (SshNodeShell shell = new ProfileConnector(connector).connect(request)) {
            return collect(shell, profile, listener, cancel);
        }
    }

    /** The collection itself, over any shell: the same steps whether the node is reached by SSH or otherwise. */
    Snapshot collect(NodeShell shell, ConnectionProfile profile, CollectionListener listener, CancelToken cancel) {
        JoinedRunner runner = new JoinedRunner(shell);
        // The probes are tiny: one channel (one login shell) is quicker than two.
        JoinedRunner probing = new JoinedRunner(shell, 1);
        List<CommandRun> probes = probing.runAll(NodeDiscovery.probes(), RunProgress.NONE, cancel);
        Optional<CommandRun> pods = Optional.empty();
        if (NodeDiscovery.needsPodProbe(probes, profile.prefixes())) {
            pods = Optional.of(probing.runAll(List.of(NodeDiscovery.podProbe(NodeDiscovery.clientOf(probes))),
                    RunProgress.NONE, cancel).get(0));
        }
        NodeDiscovery.Findings found = NodeDiscovery.conclude(probes, profile.prefixes(), profile.host(), pods);
        List<Gap> gaps = new ArrayList<>(found.gaps());
        List<CapturedOutput> outputs = new ArrayList<>();

        List<PlannedCommand> first = new ArrayList<>();
        for (PlannedCommand planned : catalog.firstRound()) {
            if (planned.tool() == Tool.KUBERNETES && found.prefixes().kubernetes().isEmpty()) {
                gaps.add(new Gap(planned.id(), "neither oc nor kubectl answers on the node"));
            } else if (planned.tool() != Tool.OVN_NB || found.northboundReachable()) {
                first.add(planned);
            }
        }
        if (found.bridges().isPresent()) {
            // The bridges are known already: everything runs in one round.
            first.addAll(catalog.perBridge(new BridgeListParser().parse(found.bridges().get()).items()));
            run(runner, first, found, listener, cancel, outputs, gaps);
        } else {
            run(runner, first, found, listener, cancel, outputs, gaps);
            List<String> bridges = outputs.stream()
                    .filter(o -> o.item().equals(CommandCatalog.BRIDGES) && o.usable())
                    .findFirst()
                    .map(o -> new BridgeListParser().parse(o.stdout()).items())
                    .orElse(List.of());
            run(runner, catalog.perBridge(bridges), found, listener, cancel, outputs, gaps);
        }

        SnapshotSource source = new SnapshotSource(SnapshotSource.Origin.SSH, found.nodeName(), profile.address(),
                clock.instant());
        return assembler.assemble(source, outputs, gaps);
    }

    private static void run(JoinedRunner runner, List<PlannedCommand> planned, NodeDiscovery.Findings found,
                            CollectionListener listener, CancelToken cancel, List<CapturedOutput> outputs,
                            List<Gap> gaps) {
        if (planned.isEmpty()) {
            return;
        }
        listener.planned(planned.stream().map(PlannedCommand::id).toList());
        List<CommandSpec> specs = planned.stream().map(p -> CatalogRun.spec(p, found.prefixes())).toList();
        List<CommandRun> runs = runner.runAll(specs, new RunProgress() {
            @Override
            public void finished(int index, CommandRun run) {
                listener.finished(planned.get(index).id(), run.outcome());
            }
        }, cancel);
        for (int i = 0; i < planned.size(); i++) {
            outputs.add(CatalogRun.output(planned.get(i), runs.get(i)));
            Gap gap = CatalogRun.gap(planned.get(i), runs.get(i));
            if (gap != null) {
                gaps.add(gap);
            }
        }
    }
}
