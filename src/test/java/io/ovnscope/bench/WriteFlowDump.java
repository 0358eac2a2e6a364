package io.ovnscope.bench;

import io.ovnscope.testing.OvnFlowDumpGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated OVN br-int dump to a file, for timing the {@code parse} command and other tools on the
 * same input: {@code java -cp ... io.ovnscope.bench.WriteFlowDump 100000 /tmp/flows-100k.txt}.
 */
public final class WriteFlowDump {
    private WriteFlowDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: WriteFlowDump FLOWS FILE");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), new OvnFlowDumpGenerator(7).dump(Integer.parseInt(args[0])),
                StandardCharsets.UTF_8);
    }
}
