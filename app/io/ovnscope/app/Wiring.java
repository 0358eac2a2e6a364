package io.ovnscope.app;

import io.ovnscope.app.settings.PropertiesRememberedValues;
import io.ovnscope.app.settings.PropertiesWindowLayoutStore;
import io.ovnscope.app.settings.UserDirectories;
import io.ovnscope.collectors.catalog.CommandCatalog;
import io.ovnscope.collectors.collect.ProfileConnector;
import io.ovnscope.collectors.collect.SshSnapshotCollector;
import io.ovnscope.collectors.nodeport.FileAuditLog;
import io.ovnscope.collectors.nodeport.SshNodePortAccess;
import io.ovnscope.collectors.json.TraceJson;
import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.parse.OutputReader;
import io.ovnscope.collectors.profiles.JsonProfileStore;
import io.ovnscope.collectors.snapshot.FolderImport;
import io.ovnscope.collectors.snapshot.SnapshotAssembler;
import io.ovnscope.collectors.snapshot.SnapshotFiles;
import io.ovnscope.collectors.ssh.SshConnector;
import io.ovnscope.core.collect.ProfileStore;
import io.ovnscope.core.nodeport.NodePortAccess;
import io.ovnscope.core.collect.SnapshotCollector;
import io.ovnscope.views.MainWindow;
import io.ovnscope.views.WindowPorts;
import io.ovnscope.views.ports.SnapshotDocuments;
import io.ovnscope.views.ports.TraceDocuments;
import java.time.Clock;

/** The one place that creates the implementations and hands them to the views and commands. */
public final class Wiring {
    private final UserDirectories directories;

    private Wiring(UserDirectories directories) {
        this.directories = directories;
    }

    public static Wiring fromEnvironment() {
        return new Wiring(UserDirectories.fromEnvironment());
    }

    public OutputReader outputReader() {
        return new OutputReader(OutputKinds.all());
    }

    public SnapshotAssembler snapshotAssembler() {
        return new SnapshotAssembler(OutputKinds.all());
    }

    public SnapshotFiles snapshotFiles() {
        return new SnapshotFiles(snapshotAssembler());
    }

    public FolderImport folderImport() {
        return new FolderImport(outputReader(), snapshotAssembler(), Clock.systemUTC());
    }

    public SnapshotDocuments snapshotDocuments() {
        return new FileSnapshotDocuments(snapshotFiles());
    }

    public ProfileStore profileStore() {
        return new JsonProfileStore(directories.config().resolve("profiles.json"));
    }

    public SnapshotCollector snapshotCollector() {
        return new SshSnapshotCollector(new SshConnector(), CommandCatalog.builtIn(), snapshotAssembler(),
                Clock.systemUTC());
    }

    public ProfileConnector profileConnector() {
        return new ProfileConnector(new SshConnector());
    }

    /** NodePort writes, each one logged in the user's data directory. */
    public NodePortAccess nodePortAccess() {
        return new SshNodePortAccess(profileConnector(),
                new FileAuditLog(directories.data().resolve("nodeport-audit.jsonl")), Clock.systemUTC());
    }

    public MainWindow mainWindow() {
        return new MainWindow(new PropertiesWindowLayoutStore(directories.config().resolve("window.properties")),
                Version.current(), windowPorts());
    }

    private WindowPorts windowPorts() {
        return WindowPorts.of(snapshotDocuments(), snapshotCollector(), profileStore(),
                new PropertiesRememberedValues(directories.config().resolve("settings.properties")),
                traceDocuments(), nodePortAccess());
    }

    /** The trace panel's JSON export: the same document as {@code ovnscope trace --format json}. */
    public static TraceDocuments traceDocuments() {
        return (request, reply) -> reply.map(back -> TraceJson.write(request, back))
                .orElseGet(() -> TraceJson.write(request));
    }
}
