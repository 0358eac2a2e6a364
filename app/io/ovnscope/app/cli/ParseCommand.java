package io.ovnscope.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ovnscope.collectors.json.FlowDumpJson;
import io.ovnscope.collectors.json.ModelJson;
import io.ovnscope.collectors.parse.OutputKind;
import io.ovnscope.collectors.parse.OutputReader;
import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = OvnscopeCommand.JarVersion.class,
        description = {
            "Parses one raw command output (or a pasted shell session) and prints what was understood as JSON:",
            "{\"kind\":..., \"items\":[...], \"problems\":[{\"line\":N,\"text\":...,\"reason\":...}]}.",
            "Exit 0 when it parsed (even with problems), 1 when the file cannot be read or is not recognised."})
final class ParseCommand implements Callable<Integer> {
    @ParentCommand
    OvnscopeCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--as", paramLabel = "KIND", defaultValue = "auto",
            description = "What the input is: auto (default: recognised from the text) or one of the kinds "
                    + "below.")
    String as;

    @Parameters(paramLabel = "FILE|-", description = "The raw output to read; - reads standard input.")
    String file;

    /** The kinds, for the end of {@code parse --help}. */
    static String[] kindsHelp(OutputReader reader) {
        List<String> lines = new java.util.ArrayList<>(List.of("", "Kinds:"));
        for (OutputKind kind : reader.kinds()) {
            lines.add(String.format("  %-16s %s", kind.name(), kind.description()));
        }
        return lines.toArray(String[]::new);
    }

    @Override
    public Integer call() throws IOException {
        OutputReader reader = parent.wiring().outputReader();
        String text;
        try {
            text = read(file);
        } catch (IOException e) {
            spec.commandLine().getErr().println("ovnscope parse: cannot read " + file + ": " + OneLine.describe(e));
            return CommandLineMain.FAILED;
        }
        Optional<OutputReader.Chosen> chosen;
        if ("auto".equals(as)) {
            chosen = reader.choose(text);
        } else {
            OutputKind kind = reader.kind(as).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "unknown kind '" + as + "' for --as; see 'ovnscope parse --help'"));
            chosen = Optional.of(new OutputReader.Chosen(kind, OutputReader.Choice.GIVEN));
        }
        boolean flowDump = chosen.filter(c -> c.kind().parser() instanceof FlowDumpParser).isPresent();
        // Building the mapper loads and links much of Jackson, a quarter second that runs beside the parse;
        // a flow dump is written without it.
        CompletableFuture<ObjectMapper> mapper = flowDump ? null : CompletableFuture.supplyAsync(
                () -> ModelJson.mapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET));
        OutputReader.Reading reading = chosen.map(c -> reader.read(text, c)).orElseGet(() -> reader.read(text));
        PrintWriter err = spec.commandLine().getErr();
        if (flowDump) {
            writeFlows((OutputReader.Single) reading);
        } else {
            write(reading, mapper.join());
        }
        if (reading instanceof OutputReader.Unrecognised) {
            err.println("ovnscope parse: could not tell what " + file + " is; say it with --as KIND");
            return CommandLineMain.FAILED;
        }
        err.println("ovnscope parse: " + file + " " + howRead(reading));
        return CommandLineMain.OK;
    }

    private static String howRead(OutputReader.Reading reading) {
        if (reading instanceof OutputReader.Session session) {
            return "is a pasted session of " + session.blocks().size() + " commands";
        }
        OutputReader.Single single = (OutputReader.Single) reading;
        return "read as " + single.kind().name() + switch (single.choice()) {
            case GIVEN -> "";
            case FROM_COMMAND -> " (from the pasted command)";
            case RECOGNISED -> " (recognised from its text)";
        };
    }

    private void write(OutputReader.Reading reading, ObjectMapper mapper) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        if (reading instanceof OutputReader.Single single) {
            document.put("kind", single.kind().name());
            document.put("items", single.parsed().items());
        } else if (reading instanceof OutputReader.Session session) {
            document.put("kind", "session");
            document.put("items", session.blocks().stream().map(ParseCommand::block).toList());
        } else {
            document.put("kind", null);
            document.put("items", List.of());
        }
        document.put("problems", reading.problems());
        PrintWriter out = spec.commandLine().getOut();
        mapper.writeValue(out, document);
        out.println();
        out.flush();
    }

    private void writeFlows(OutputReader.Single single) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<Flow> flows = single.parsed().items().stream().map(Flow.class::cast).toList();
        new FlowDumpJson().write(out, single.kind().name(), flows, single.problems());
        out.println();
        out.flush();
    }

    private static Map<String, Object> block(OutputReader.Block block) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", block.command().orElse(null));
        json.put("line", block.line());
        json.put("kind", block.kind().map(OutputKind::name).orElse(null));
        json.put("items", block.items());
        return json;
    }

    private static String read(String file) throws IOException {
        if ("-".equals(file)) {
            try (InputStream in = System.in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        // Lenient on purpose: a capture with a stray byte that is not UTF-8 must still be read.
        return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
    }
}
