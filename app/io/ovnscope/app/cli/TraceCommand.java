package io.ovnscope.app.cli;

import io.ovnscope.collectors.json.TraceJson;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceEngine;
import io.ovnscope.core.trace.TraceProtocol;
import io.ovnscope.core.trace.TraceQuestion;
import io.ovnscope.core.trace.TraceTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "trace", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {
            "Traces a packet through the node of a snapshot, hop by hop: where it goes, its addresses at each",
            "step and the rule that decided it (seed 004's table: step, where, srcIP:port, dstIP:port, comment).",
            "Exit 0 when the packet was delivered, 1 when the trace stopped (the reason is printed) or the",
            "snapshot cannot be read."},
        footer = {"", "Examples:",
            "  ovnscope trace --from pod-1 --to 10.43.0.10:53 --proto udp",
            "  ovnscope trace node.json --from host --to 10.43.0.1:443 --reply --format markdown",
            "  ovnscope trace --from 203.0.113.9 --to 192.168.122.14:30700 --format json"})
final class TraceCommand implements Callable<Integer> {
    enum Format { table, json, markdown }

    @ParentCommand
    OvnscopeCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SNAPSHOT", arity = "0..1",
            description = "A saved snapshot (.json or .json.gz); without one, the built-in demo.")
    Path snapshot;

    @Option(names = "--from", required = true, paramLabel = "SRC",
            description = "A pod's name (or namespace/name), an IP address, or 'host' for the node itself.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DST",
            description = "A pod's name, an IP address, or IP:port (a service VIP, a node port, an external "
                    + "address). An IP outside the cluster is external.")
    String to;

    @Option(names = "--proto", defaultValue = "tcp", paramLabel = "tcp|udp|icmp",
            description = "The protocol (default: ${DEFAULT-VALUE}).")
    String protocol;

    @Option(names = "--reply", description = "Also trace the reply of the connection back to its sender.")
    boolean reply;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|markdown",
            description = "table (default), json, or markdown (the seed's table format).")
    Format format;

    @Override
    public Integer call() {
        TraceProtocol proto = TraceProtocol.parse(protocol).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--proto must be tcp, udp or icmp, not '" + protocol + "'"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Snapshot opened;
        try {
            opened = SnapshotArgument.open(parent.wiring().snapshotDocuments(), snapshot);
        } catch (IOException e) {
            err.println("ovnscope trace: cannot read " + SnapshotArgument.describe(snapshot) + ": "
                    + OneLine.describe(e));
            return CommandLineMain.FAILED;
        }
        TraceEngine engine = new TraceEngine(opened);
        Trace request = engine.trace(new TraceQuestion(from, to, proto));
        Trace back = reply ? engine.reply(request) : null;
        switch (format) {
            case json:
                out.print(back == null ? TraceJson.write(request) : TraceJson.write(request, back));
                break;
            case markdown:
                out.print(TraceTable.markdown(request));
                if (back != null) {
                    out.println();
                    out.print(TraceTable.markdown(back));
                }
                break;
            default:
                out.print(TraceTable.text(request));
                if (back != null) {
                    out.println();
                    out.println("reply:");
                    out.print(TraceTable.text(back));
                }
                break;
        }
        out.flush();
        request.stop().ifPresent(stop -> err.println("ovnscope trace: stopped at " + stop.where() + ": "
                + stop.reason()));
        return request.complete() ? CommandLineMain.OK : CommandLineMain.FAILED;
    }
}
