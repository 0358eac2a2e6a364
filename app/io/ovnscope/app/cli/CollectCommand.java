package io.ovnscope.app.cli;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.NodeConnectException;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "collect", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {
            "Collects a node over SSH into a snapshot file: OpenFlow flows and ports of every bridge, the OVN",
            "northbound database, iptables, routes, addresses and Kubernetes objects. Only reads the node.",
            "Exit 0 when the snapshot is written (a partial one says what is missing), 1 when the node cannot",
            "be reached, 2 for bad usage."})
final class CollectCommand implements Callable<Integer> {
    @ParentCommand
    OvnscopeCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the snapshot (.json, or .json.gz to compress).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ConnectionProfile profile = connection.profile();
        TerminalPrompts prompts = new TerminalPrompts(err);
        char[] password = profile.auth() instanceof AuthChoice.Password ? prompts.password(profile.address())
                : new char[0];
        SnapshotCollector collector = parent.wiring().snapshotCollector();
        Snapshot snapshot;
        try {
            snapshot = collector.collect(new SnapshotCollector.CollectRequest(profile, password, prompts.hostKeys(),
                    prompts.passphrases(), connection.acceptNew), new Progress(err), new CancelToken());
        } catch (NodeConnectException e) {
            err.println("ovnscope collect: " + e.getMessage());
            return CommandLineMain.FAILED;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        parent.wiring().snapshotFiles().save(snapshot, output);
        err.printf("ovnscope collect: wrote %s: %d outputs from %s, %d lines not understood%s%n", output,
                snapshot.outputs().size(), snapshot.source().node(), snapshot.problemCount(),
                snapshot.partial() ? "; PARTIAL, missing:" : "");
        snapshot.gaps().forEach(g -> err.printf("  %s: %s%n", g.item(), g.reason()));
        return CommandLineMain.OK;
    }

    /** One line per finished command on standard error, so a script's log shows how far it got. */
    private static final class Progress implements CollectionListener {
        private final PrintWriter err;
        private final AtomicInteger planned = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void connecting(String address) {
            err.println("connecting to " + address);
            err.flush();
        }

        @Override
        public void planned(List<String> items) {
            planned.addAndGet(items.size());
        }

        @Override
        public void finished(String item, Outcome outcome) {
            synchronized (err) {
                err.printf("[%d/%d] %s %s%n", done.incrementAndGet(), planned.get(), item,
                        outcome == Outcome.COMPLETED ? "" : outcome.name().toLowerCase(java.util.Locale.ROOT));
                err.flush();
            }
        }
    }
}
