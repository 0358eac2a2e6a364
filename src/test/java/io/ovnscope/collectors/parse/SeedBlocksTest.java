package io.ovnscope.collectors.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.parse.Problem;
import io.ovnscope.testing.ClasspathFixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every fenced block of the two seed documents, read whole as a user would paste it. The expected kinds
 * follow the commands the seed shows in each block ("-" for a command ovnscope does not read, such as
 * {@code oc get pods -o wide}, {@code ifconfig} or {@code arp}); the output of those must be reported line
 * by line, never dropped and never mistaken for something ovnscope reads.
 */
class SeedBlocksTest {
    private final OutputReader reader = new OutputReader(OutputKinds.all());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "004-block-030-051.txt; - - -",
        "004-block-069-088.txt; - - ip-route -",
        "004-block-109-118.txt; - - nb-policies",
        "004-block-126-135.txt; -",
        "004-block-157-160.txt; nb-routes",
        "004-block-166-167.txt; iptables-save",
        "004-block-187-189.txt; iptables-save",
        "004-block-215-234.txt; nb-entities nb-lb-list nb-list",
        "004-block-255-268.txt; nb-lb-list nb-list",
        "004-block-274-276.txt; nb-policies",
        "004-block-298-299.txt; appctl-flows",
        "004-block-305-322.txt; nb-entities nb-lb-list nb-list",
        "004-block-328-334.txt; nb-map nb-show",
        "004-block-358-359.txt; appctl-flows",
        "004-block-365-382.txt; nb-entities nb-lb-list nb-list",
        "004-block-388-393.txt; nb-routes",
        "004-block-401-407.txt; nb-map nb-show",
        "004-block-413-414.txt; appctl-flows",
        "004-block-434-455.txt; nb-lb-list nb-list - -",
        "004-block-474-482.txt; iptables-save -",
        "004-block-488-489.txt; ip-route",
        // Seed 000: PowerShell that sets variables and runs ovs-ofctl add-flow; the flows are read, the rest reported.
        "000-block-024-107.txt; ofctl-flows",
        "000-block-115-121.txt; ofctl-flows",
        "000-block-126-130.txt; ofctl-flows",
        "000-block-140-159.txt; ofctl-flows",
    })
    void eachBlockIsReadByTheParsersItsCommandsCallFor(String file, String kinds) {
        String text = ClasspathFixtures.seed(file);
        List<String> expected = Arrays.asList(kinds.split(" "));
        OutputReader.Reading reading = reader.read(text);
        List<String> read = reading instanceof OutputReader.Session session
                ? session.blocks().stream().map(b -> b.kind().map(OutputKind::name).orElse("-")).toList()
                : reading instanceof OutputReader.Single single ? List.of(single.kind().name()) : List.of("-");
        assertThat(read).isEqualTo(expected);
        if (reading instanceof OutputReader.Session session) {
            Set<Integer> reported = reading.problems().stream().map(Problem::line).collect(Collectors.toSet());
            List<TextLines.Line> lines = TextLines.of(text);
            for (int b = 0; b < session.blocks().size(); b++) {
                OutputReader.Block block = session.blocks().get(b);
                int end = b + 1 < session.blocks().size() ? session.blocks().get(b + 1).line() : lines.size() + 1;
                if (block.kind().isEmpty()) {
                    lines.stream().filter(l -> l.number() > block.line() && l.number() < end && !l.text().isBlank())
                            .forEach(l -> assertThat(reported).as("line %d: %s", l.number(), l.text())
                                    .contains(l.number()));
                }
            }
        }
    }
}
