package io.ovnscope.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ovnscope.collectors.json.ModelJson;
import io.ovnscope.core.compare.ComparisonText;
import io.ovnscope.core.compare.CounterChange;
import io.ovnscope.core.compare.FlowChange;
import io.ovnscope.core.compare.ObjectChange;
import io.ovnscope.core.compare.SnapshotComparer;
import io.ovnscope.core.compare.SnapshotComparison;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.core.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {
            "Compares two snapshot files of a node, the earlier first: flows added and removed, flows whose",
            "counters moved (the traffic in between), load balancers, routes, policies, NAT and iptables rules",
            "that changed. Exit 0 when compared (with or without differences), 1 when a file cannot be read."})
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    OvnscopeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier snapshot (.json or .json.gz).")
    Path before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later snapshot (.json or .json.gz).")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    enum Format { text, json }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Snapshot earlier;
        Snapshot later;
        try {
            earlier = parent.wiring().snapshotFiles().open(before);
            later = parent.wiring().snapshotFiles().open(after);
        } catch (IOException e) {
            err.println("ovnscope diff: " + OneLine.describe(e));
            return CommandLineMain.FAILED;
        }
        if (!earlier.source().node().equals(later.source().node())) {
            err.printf("ovnscope diff: the snapshots are of different nodes (%s, %s): comparing anyway%n",
                    earlier.source().node(), later.source().node());
        }
        SnapshotComparison comparison = SnapshotComparer.compare(earlier.node(), later.node());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper mapper = ModelJson.mapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            mapper.writeValue(out, document(earlier, later, comparison));
            out.println();
        } else {
            out.printf("%s %s -> %s%n", later.source().node(), earlier.source().takenAt(), later.source().takenAt());
            out.print(ComparisonText.write(comparison));
        }
        out.flush();
        return CommandLineMain.OK;
    }

    private static Map<String, Object> document(Snapshot earlier, Snapshot later, SnapshotComparison comparison) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("node", later.source().node());
        json.put("before", earlier.source().takenAt().toString());
        json.put("after", later.source().takenAt().toString());
        json.put("flows", comparison.flows().stream().map(DiffCommand::flow).toList());
        json.put("counters", comparison.counters().stream().map(DiffCommand::counter).toList());
        json.put("objects", comparison.objects().stream().map(DiffCommand::object).toList());
        return json;
    }

    private static Map<String, Object> flow(FlowChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("change", change.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("bridge", change.bridge());
        json.put("flow", FlowPrinter.print(change.flow()));
        return json;
    }

    private static Map<String, Object> counter(CounterChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bridge", change.bridge());
        json.put("flow", FlowPrinter.print(change.after()));
        json.put("packets", change.packets());
        json.put("bytes", change.bytes());
        return json;
    }

    private static Map<String, Object> object(ObjectChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("change", change.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("area", change.area().name().toLowerCase(java.util.Locale.ROOT));
        json.put("key", change.key());
        json.put("before", change.before());
        json.put("after", change.after());
        return json;
    }
}
