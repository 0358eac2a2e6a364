package io.ovnscope.collectors.snapshot;

import io.ovnscope.collectors.parse.OutputKind;
import io.ovnscope.collectors.parse.OutputReader;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds a snapshot from a folder of raw outputs: a sosreport (its {@code sos_commands/} files are named
 * after the commands, spaces as underscores), a must-gather, or files named after the commands
 * ({@code ovs-ofctl dump-flows br-int.txt}). Outside a sosreport, a file whose name says nothing is
 * recognised by its content. Files ovnscope does not read are listed, not guessed at.
 */
public final class FolderImport {
    private static final Pattern TOOL = Pattern.compile(
            "\\b(ovs-ofctl|ovs-appctl|ovs-vsctl|ovn-nbctl|ovn-sbctl|ip6?tables-save|ip6?tables|ip|kubectl|oc)\\b.*");
    private static final long LARGEST_FILE = 1L << 30;

    private final OutputReader reader;
    private final SnapshotAssembler assembler;
    private final Clock clock;

    public FolderImport(OutputReader reader, SnapshotAssembler assembler, Clock clock) {
        this.reader = reader;
        this.assembler = assembler;
        this.clock = clock;
    }

    public Snapshot read(Path folder, Optional<String> nodeName) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        boolean sosreport = Files.isDirectory(folder.resolve("sos_commands"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, 8)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            // A folder inside that cannot be read (permissions) surfaces here while walking.
            throw new IOException("cannot read all of " + folder + ": " + e.getCause().getMessage(), e.getCause());
        }
        List<CapturedOutput> outputs = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Set<String> items = new HashSet<>();
        for (Path file : files) {
            String command = commandOf(file.getFileName().toString());
            Optional<OutputKind> kind = reader.kindProducedBy(command);
            if (kind.isEmpty() && sosreport) {
                continue;
            }
            if (Files.size(file) > LARGEST_FILE) {
                gaps.add(new Gap(folder.relativize(file).toString(), "larger than 1 GiB: not imported"));
                continue;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            kind = kind.or(() -> reader.recognise(text));
            if (kind.isEmpty()) {
                continue;
            }
            String item = unique(ImportedItems.id(kind.get().name(), command), items);
            outputs.add(new CapturedOutput(item, command, kind.get().name(), Outcome.IMPORTED, null, Duration.ZERO,
                    text, "", List.of()));
        }
        if (outputs.isEmpty()) {
            throw new IOException("no output ovnscope reads was found in " + folder
                    + " (looked for files named after ovs-ofctl, ovn-nbctl, iptables-save, ip ... commands)");
        }
        String node = nodeName.or(() -> hostnameOf(folder)).orElse(folder.getFileName().toString());
        SnapshotSource source = new SnapshotSource(SnapshotSource.Origin.IMPORT, node, folder.toString(),
                clock.instant());
        return assembler.assemble(source, outputs, gaps);
    }

    /** "ovs-ofctl_-O_OpenFlow13_dump-flows_br-int" and "x.ovs-appctl_bridge.dump-flows_br-ex" as commands. */
    static String commandOf(String fileName) {
        String name = spacesFromUnderscores(fileName.replaceFirst("\\.(txt|out|log|json)$", ""))
                .replace("bridge.dump-flows", "bridge/dump-flows");
        Matcher tool = TOOL.matcher(name);
        return tool.find() ? tool.group() : name;
    }

    /** sosreport writes spaces as underscores; OVN table names (Load_Balancer) keep theirs. */
    private static String spacesFromUnderscores(String name) {
        StringBuilder out = new StringBuilder(name);
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '_' && !insideTableName(name, i)) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static boolean insideTableName(String name, int underscore) {
        int start = underscore;
        while (start > 0 && Character.isLetter(name.charAt(start - 1))) {
            start--;
        }
        boolean wordBeforeIsCapitalised = underscore - start >= 2 && Character.isUpperCase(name.charAt(start))
                && Character.isLowerCase(name.charAt(start + 1));
        boolean wordAfterIsCapitalised = underscore + 1 < name.length()
                && Character.isUpperCase(name.charAt(underscore + 1));
        return wordBeforeIsCapitalised && wordAfterIsCapitalised;
    }

    private static Optional<String> hostnameOf(Path folder) {
        Path hostname = folder.resolve("hostname");
        try {
            return Files.isRegularFile(hostname)
                    ? Optional.of(Files.readString(hostname).strip()).filter(s -> !s.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String unique(String item, Set<String> taken) {
        String candidate = item;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = item + "#" + n;
        }
        return candidate;
    }
}
