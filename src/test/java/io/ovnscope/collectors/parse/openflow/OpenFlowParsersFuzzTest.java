package io.ovnscope.collectors.parse.openflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.core.parse.Problem;
import io.ovnscope.testing.ClasspathFixtures;
import io.ovnscope.testing.LineFuzzer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged real lines (fixed seeds, so a failure names its seed): the parsers never throw, never hang, and
 * the flow parser accounts for every non-blank line, as a flow or as a problem.
 */
class OpenFlowParsersFuzzTest {
    private static final int INPUTS = 1500;
    private static final Pattern JOINED = Pattern.compile("lines (\\d+)-(\\d+)");
    private static final List<String> FLOW_FILES = List.of(
            "realdata/01-ovs-ofctl-dump-flows-br-int--neutron-ovs-dvr-of10.txt",
            "realdata/03-ovs-ofctl-dump-flows-br-tun--neutron-ovs-learn.txt",
            "realdata/04-ovs-appctl-bridge-dump-flows-offload-stats-br-int--neutron-ovs.txt",
            "realdata/12-ovs-ofctl-dump-flows-br-ex--ERROR-version-negotiation-failed--sunbeam.txt",
            "realdata/36-ovs-ofctl-dump-flows-br-int-WRAPPED--neutron-ovn-refarch-EDITED.txt",
            "realdata/44-ovs-ofctl-dump-flows-brp0-excerpt--ovn-kubernetes-dpu-accel.txt");
    private static final List<String> SHOW_FILES = List.of(
            "realdata/05-ovs-vsctl-show--neutron-ovs-dvr.txt", "realdata/06-ovs-ofctl-show-br-int--neutron-ovs-dvr.txt",
            "realdata/21-kubectl-ko-vsctl-show--kube-ovn.txt", "realdata/37-ovs-ofctl-show-br-int--neutron-ovn-refarch.txt");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void flowParserAccountsForEveryLine(long seed) {
        LineFuzzer fuzzer = new LineFuzzer(seed, corpus(FLOW_FILES));
        FlowDumpParser parser = new FlowDumpParser();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < INPUTS; i++) {
                String input = fuzzer.next();
                FlowDump dump = parser.read(input);
                Set<Integer> accounted = new HashSet<>();
                for (Flow flow : dump.flows()) {
                    accounted.add(flow.line());
                    FlowPrinter.print(flow);
                }
                for (Problem problem : dump.problems()) {
                    accounted.add(problem.line());
                    Matcher joined = JOINED.matcher(problem.reason());
                    if (problem.reason().contains("hand-wrapped") && joined.find()) {
                        for (int l = Integer.parseInt(joined.group(1)); l <= Integer.parseInt(joined.group(2)); l++) {
                            accounted.add(l);
                        }
                    }
                }
                for (TextLines.Line line : TextLines.of(input)) {
                    boolean header = NonFlowLine.DUMP_HEADER.matcher(line.text().strip()).matches();
                    if (!line.text().isBlank() && !header) {
                        assertThat(accounted).as("seed %d input %d line %d: %s", seed, i, line.number(), input)
                                .contains(line.number());
                    }
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void showParsersNeverThrowNorHang(long seed) {
        LineFuzzer fuzzer = new LineFuzzer(seed, corpus(SHOW_FILES));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < INPUTS; i++) {
                String input = fuzzer.next();
                new OfctlShowParser().parse(input);
                new VsctlShowParser().parse(input);
            }
        });
    }

    private static List<String> corpus(List<String> files) {
        List<String> lines = new ArrayList<>();
        for (String file : files) {
            for (TextLines.Line line : TextLines.of(ClasspathFixtures.read(file))) {
                if (!line.text().isBlank()) {
                    lines.add(line.text());
                }
            }
        }
        return lines;
    }
}
