package io.ovnscope.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.SeedTrafficFlows;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seed 004's ten flows on the built-in demo (the lab's collection): the seed's rows and rules, hop by hop. */
class SeedFlowsOnDemoTest {
    private static TraceEngine engine;

    @BeforeAll
    static void engine() {
        engine = new TraceEngine(DemoSnapshot.load());
    }

    static Stream<String> flows() {
        return SeedTrafficFlows.TITLES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void reproducesTheSeedsTable(String title) {
        SeedTrafficFlows.check(engine, title);
    }

    @Test
    void theSeedHasTenFlowsAndTheQuestionsCoverThem() {
        assertThat(io.ovnscope.testing.SeedFlowTables.read().keySet())
                .containsExactlyElementsOf(SeedTrafficFlows.TITLES);
    }

    @Test
    void eachFlowEndsWhereItsExampleSays() {
        assertThat(SeedTrafficFlows.check(engine, "pod to pod").delivered())
                .contains(new Hop(HopKind.POD, "pod-2", "default_pod-2"));
        assertThat(SeedTrafficFlows.check(engine, "pod to clusterService").delivered())
                .contains(new Hop(HopKind.POD, "dns-default-pt2vr", "openshift-dns_dns-default-pt2vr"));
        assertThat(SeedTrafficFlows.check(engine, "pod to external").delivered())
                .contains(new Hop(HopKind.EXTERNAL, "8.8.8.8"));
        Trace hostService = SeedTrafficFlows.check(engine, "host to hostService");
        assertThat(hostService.delivered()).contains(new Hop(HopKind.HOST, "host"));
        assertThat(hostService.finalDst()).map(Object::toString).contains("10.44.0.0:6443");
        assertThat(hostService.finalSrc()).map(Object::toString).contains("192.168.122.14");
    }
}
