package io.ovnscope.app.cli;

import io.ovnscope.app.export.TopologyPng;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.Emphasis;
import io.ovnscope.core.topology.LayeredLayout;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.core.topology.SvgDocument;
import io.ovnscope.core.topology.Topology;
import io.ovnscope.core.topology.TopologyBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "topology", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {
            "Draws a snapshot's topology (routers, switches, ports, pods, load balancers, br-ex, the uplink)",
            "as SVG and, if asked, PNG. Without SNAPSHOT it draws the built-in demo."})
final class TopologyCommand implements Callable<Integer> {
    @ParentCommand
    OvnscopeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SNAPSHOT", arity = "0..1", description = "A snapshot file (.json or .json.gz).")
    Path snapshotFile;

    @Option(names = "--svg", required = true, paramLabel = "FILE", description = "Where to write the SVG.")
    Path svg;

    @Option(names = "--png", paramLabel = "FILE", description = "Also write a PNG of the same picture.")
    Path png;

    @Option(names = "--scale", paramLabel = "1|2", defaultValue = "1",
            description = "The PNG's pixels per picture unit: 1, or 2 for high-density screens (default 1).")
    int scale;

    @Override
    public Integer call() {
        if (scale != 1 && scale != 2) {
            throw new ParameterException(spec.commandLine(), "--scale must be 1 or 2, not " + scale);
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            Snapshot snapshot = snapshotFile == null ? parent.wiring().snapshotDocuments().demo()
                    : parent.wiring().snapshotDocuments().open(snapshotFile);
            Topology topology = TopologyBuilder.build(snapshot);
            Layout layout = LayeredLayout.of(topology);
            Files.writeString(svg, SvgDocument.write(layout, Emphasis.none()), StandardCharsets.UTF_8);
            err.printf("ovnscope topology: wrote %s: %d elements, %d links of %s%n", svg,
                    topology.graph().vertexSet().size(), topology.graph().edgeSet().size(), snapshot.source().node());
            if (png != null) {
                TopologyPng.write(layout, Emphasis.none(), scale, png);
                err.printf("ovnscope topology: wrote %s at %dx%n", png, scale);
            }
            return CommandLineMain.OK;
        } catch (IOException e) {
            err.println("ovnscope topology: " + OneLine.describe(e));
            return CommandLineMain.FAILED;
        }
    }
}
