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
import io.ovnscope.core.collect.ToolPrefixes;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Collects a node over SSH: discovers how its tools are reached while the catalog already runs, and assembles
 * the snapshot. What fails leaves a gap; the rest stands.
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

    /**
     * The collection itself, over any shell: the same steps whether the node is reached by SSH or otherwise.
     * Discovery and the catalog start together, the catalog on a guess of what discovery will find ({@link
     * GuessedRound}); after discovery only what the guess got wrong or did not know runs. Two login shells
     * carry it all, the bulky commands in one and discovery with the small ones in the other: on a node
     * whose shell start-up is slow, a third shell costs more than the commands it would take.
     */
    Snapshot collect(NodeShell shell, ConnectionProfile profile, CollectionListener listener, CancelToken cancel) {
        ToolPrefixes guess = NodeDiscovery.guess(profile.user(), profile.prefixes());
        List<PlannedCommand> likely = new ArrayList<>(catalog.firstRound());
        likely.addAll(catalog.perBridge(catalog.likelyBridges()));
        GuessedRound bulky = new GuessedRound(likely.stream().filter(CatalogRun::bulky).toList(), guess, listener);
        GuessedRound small = new GuessedRound(likely.stream().filter(p -> !CatalogRun.bulky(p)).toList(), guess,
                listener);
        FutureTask<List<CommandRun>> bulkyRuns = new FutureTask<>(
                () -> new JoinedRunner(shell, 1).runAll(bulky.specs(guess), bulky, cancel));
        Thread aside = new Thread(bulkyRuns, "ovnscope-bulky-commands");
        aside.setDaemon(true);
        aside.start();

        List<CommandSpec> probes = NodeDiscovery.probes();
        List<CommandSpec> firstShell = new ArrayList<>(probes);
        firstShell.addAll(small.specs(guess));
        List<CommandRun> firstRuns = new JoinedRunner(shell, 1).runAll(firstShell, new RunProgress() {
            @Override
            public void finished(int index, CommandRun run) {
                if (index >= probes.size()) {
                    small.finished(index - probes.size(), run);
                }
            }
        }, cancel);
        NodeDiscovery.Findings found = discover(shell, profile, firstRuns.subList(0, probes.size()), cancel);
        List<GuessedRound> guessed = List.of(small, bulky);
        List<Gap> gaps = new ArrayList<>(found.gaps());
        List<PlannedCommand> plan = reachable(catalog.firstRound(), found, gaps);
        // The catalog's own bridge list, when the guess ran it as discovery would have: the per-bridge
        // commands are then planned with the rest, and those the guess ran for the right bridges are kept.
        Optional<List<String>> bridges = plan.stream().filter(p -> p.id().equals(CommandCatalog.BRIDGES))
                .findFirst()
                .flatMap(p -> small.finishedAs(p, found.prefixes()))
                .filter(CatalogRun::ok)
                .map(run -> new BridgeListParser().parse(run.stdout()).items());
        bridges.ifPresent(listed -> plan.addAll(catalog.perBridge(listed)));
        List<CatalogRun.Ran> ran = new ArrayList<>(run(shell, plan, guessed, found.prefixes(), listener, cancel));
        ran.addAll(small.keptRuns(firstRuns.subList(probes.size(), firstRuns.size())));
        ran.addAll(bulky.keptRuns(join(bulkyRuns)));
        if (bridges.isEmpty()) {
            // The guess did not list the bridges as discovery would: the list just run names them, a round later.
            List<String> listed = ran.stream()
                    .filter(r -> r.planned().id().equals(CommandCatalog.BRIDGES) && CatalogRun.ok(r.run()))
                    .findFirst()
                    .map(r -> new BridgeListParser().parse(r.run().stdout()).items())
                    .orElse(List.of());
            List<PlannedCommand> perBridge = catalog.perBridge(listed);
            plan.addAll(perBridge);
            ran.addAll(run(shell, perBridge, guessed, found.prefixes(), listener, cancel));
        }

        List<CapturedOutput> outputs = new ArrayList<>();
        for (PlannedCommand planned : plan) {
            CommandRun run = ran.stream().filter(r -> r.planned().id().equals(planned.id())).findFirst()
                    .orElseThrow().run();
            outputs.add(CatalogRun.output(planned, run));
            Optional.ofNullable(CatalogRun.gap(planned, run)).ifPresent(gaps::add);
        }
        SnapshotSource source = new SnapshotSource(SnapshotSource.Origin.SSH, found.nodeName(), profile.address(),
                clock.instant());
        return assembler.assemble(source, outputs, gaps);
    }

    /** The commands whose tool discovery found a way to; the others become gaps that say why. */
    private static List<PlannedCommand> reachable(List<PlannedCommand> commands, NodeDiscovery.Findings found,
                                                  List<Gap> gaps) {
        List<PlannedCommand> plan = new ArrayList<>();
        for (PlannedCommand planned : commands) {
            if (planned.tool() == Tool.KUBERNETES && found.prefixes().kubernetes().isEmpty()) {
                gaps.add(new Gap(planned.id(), "neither oc nor kubectl answers on the node"));
            } else if (planned.tool() != Tool.OVN_NB || found.northboundReachable()) {
                plan.add(planned);
            }
        }
        return plan;
    }

    /**
     * Concludes who we are on the node, what it is called and how its tools are reached from the probes' runs;
     * lists the ovnkube pods first when ovn-nbctl lives only there.
     */
    private static NodeDiscovery.Findings discover(NodeShell shell, ConnectionProfile profile, List<CommandRun> probes,
                                                   CancelToken cancel) {
        Optional<CommandRun> pods = Optional.empty();
        if (NodeDiscovery.needsPodProbe(probes, profile.prefixes())) {
            pods = Optional.of(new JoinedRunner(shell, 1).runAll(
                    List.of(NodeDiscovery.podProbe(NodeDiscovery.clientOf(probes))), RunProgress.NONE, cancel).get(0));
        }
        return NodeDiscovery.conclude(probes, profile.prefixes(), profile.host(), pods);
    }

    /** Announces {@code plan}, keeps what the guessed rounds run right, and runs the rest now. */
    private static List<CatalogRun.Ran> run(NodeShell shell, List<PlannedCommand> plan, List<GuessedRound> guessed,
                                            ToolPrefixes prefixes, CollectionListener listener,
                                            CancelToken cancel) {
        if (plan.isEmpty()) {
            return List.of();
        }
        listener.planned(plan.stream().map(PlannedCommand::id).toList());
        List<PlannedCommand> rest = plan;
        for (GuessedRound round : guessed) {
            rest = round.take(rest, prefixes);
        }
        List<PlannedCommand> toRun = rest;
        List<CommandSpec> specs = toRun.stream().map(p -> CatalogRun.spec(p, prefixes)).toList();
        List<CommandRun> runs = new JoinedRunner(shell).runAll(specs, new RunProgress() {
            @Override
            public void finished(int index, CommandRun run) {
                listener.finished(toRun.get(index).id(), run.outcome());
            }
        }, cancel);
        List<CatalogRun.Ran> ran = new ArrayList<>();
        for (int i = 0; i < toRun.size(); i++) {
            ran.add(new CatalogRun.Ran(toRun.get(i), runs.get(i)));
        }
        return ran;
    }

    private static List<CommandRun> join(FutureTask<List<CommandRun>> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The round ends on its own (each command has a timeout, cancel stops it); keep the interrupt.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("the bulky commands failed: " + e.getCause(), e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
