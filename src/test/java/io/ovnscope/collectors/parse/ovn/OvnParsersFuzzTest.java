package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.testing.ClasspathFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.match.OvnMatch;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.testing.LineFuzzer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Damaged real lines never make a parser throw or hang, and every problem points at a real line. */
class OvnParsersFuzzTest {
    private static final int ROUNDS = 3000;

    private static List<String> corpus(String... files) {
        List<String> lines = new ArrayList<>();
        for (String file : files) {
            TextLines.of(ClasspathFixtures.read(file)).forEach(l -> lines.add(l.text()));
        }
        return lines;
    }

    private static void fuzz(long seed, OutputParser<?> parser, List<String> corpus) {
        LineFuzzer fuzzer = new LineFuzzer(seed, corpus);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < ROUNDS; i++) {
                String input = fuzzer.next();
                int lines = TextLines.of(input).size();
                Parsed<?> parsed;
                try {
                    parsed = parser.parse(input);
                } catch (RuntimeException e) {
                    throw new AssertionError("seed " + seed + " round " + i + " threw on: " + input, e);
                }
                assertThat(parsed.problems()).as("seed %d round %d: %s", seed, i, input)
                        .allSatisfy(p -> assertThat(p.line()).isBetween(1, Math.max(1, lines)));
            }
        });
    }

    @Test
    void listAndRowParsers() {
        List<String> corpus = corpus("realdata/25-ko-nbctl-list-Load_Balancer--kube-ovn.txt",
                "realdata/23-ko-nbctl-bfd-lr-route-list-ecmp-session--kube-ovn-EDITED.txt",
                "captured/ovn/nbctl-list-Logical_Switch_Port.txt", "captured/ovn/nbctl-list-Logical_Router.txt");
        fuzz(1, new OvsdbListParser(), corpus);
        fuzz(2, NorthboundTableParser.loadBalancers(), corpus);
        fuzz(3, NorthboundTableParser.staticRoutes(), corpus);
        fuzz(4, new OvsdbMapParser(), corpus("captured/ovn/nbctl-get-logical_router-GR_microshift-dev-options.txt",
                "captured/ovn/nbctl-list-Load_Balancer.txt"));
    }

    @Test
    void routeAndPolicyParsers() {
        List<String> corpus = corpus("realdata/30-ovn-nbctl-lr-policy-list-lr-route-list--ovn-kubernetes-udn-EDITED.txt",
                "realdata/24-ko-nbctl-lr-policy-list-reroute-session--kube-ovn.txt",
                "realdata/33-ovn-nbctl-lr-policy-list--ovn-kubernetes-egress-service.txt",
                "realdata/23-ko-nbctl-bfd-lr-route-list-ecmp-session--kube-ovn-EDITED.txt",
                "captured/ovn/variety-lr-route-list-lab-router.txt", "captured/ovn/variety-lr-policy-list-lab-router.txt");
        fuzz(5, new RouteListParser(), corpus);
        fuzz(6, new PolicyListParser(), corpus);
        fuzz(7, new NatListParser(), corpus("captured/ovn/variety-lr-nat-list-lab-router.txt",
                "realdata/33-ovn-nbctl-lr-policy-list--ovn-kubernetes-egress-service.txt"));
    }

    @Test
    void lbListShowAndEntityParsers() {
        List<String> corpus = corpus("captured/ovn/nbctl-ls-lb-list-microshift-dev.txt",
                "captured/ovn/nbctl-show.txt", "realdata/34-ovn-nbctl-show-abbrev--ovn-openstack-tutorial-EDITED.txt",
                "realdata/32-ovn-nbctl-show-GR-dualstack--ovn-kubernetes-l2-udn.txt",
                "realdata/43-kubectl-ko-sbctl-show--kube-ovn.txt", "captured/ovn/nbctl-ls-list.txt",
                "captured/ovn/variety-lr-lb-list-lab-router.txt", "captured/ovn/variety-show.txt",
                "captured/ovn/sbctl-show.txt");
        fuzz(8, new LoadBalancerListParser(), corpus);
        fuzz(9, new NbctlShowParser(), corpus);
        fuzz(10, new SbctlShowParser(), corpus);
        fuzz(11, new EntityListParser(), corpus);
    }

    @Test
    void jsonParserAndAssembler() {
        List<String> corpus = corpus("captured/ovn/nbctl-json-list-Load_Balancer.json",
                "captured/ovn/nbctl-json-list-Logical_Switch.json", "captured/ovn/nbctl-json-list-NAT.json");
        fuzz(12, new OvsdbJsonParser(), corpus);
        OutputParser<NorthboundDatabase> assembler =
                text -> NorthboundAssembler.assemble(Map.of("Logical_Switch", text, "Load_Balancer", text));
        fuzz(13, assembler, corpus);
    }

    @Test
    void matchParserNeverThrows() {
        List<String> matches = new ArrayList<>();
        for (String file : List.of("realdata/24-ko-nbctl-lr-policy-list-reroute-session--kube-ovn.txt",
                "realdata/33-ovn-nbctl-lr-policy-list--ovn-kubernetes-egress-service.txt")) {
            new PolicyListParser().parse(ClasspathFixtures.read(file)).items().forEach(p -> matches.add(p.match()));
        }
        matches.add("ip4.src == {10.0.0.1, 10.0.0.2} && !(tcp.dst <= 80 || udp) && $set && reg0[1..3] == 0x5");
        LineFuzzer fuzzer = new LineFuzzer(14, matches);
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 20000; i++) {
                String input = fuzzer.next();
                assertThat(OvnMatch.parse(input)).as(input).isNotNull();
            }
        });
    }
}
