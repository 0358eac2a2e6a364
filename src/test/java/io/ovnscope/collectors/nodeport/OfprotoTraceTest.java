package io.ovnscope.collectors.nodeport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.ClasspathFixtures;
import io.ovnscope.testing.OfprotoTrace;
import io.ovnscope.testing.OfprotoTrace.Hop;
import io.ovnscope.testing.OfprotoTrace.Pass;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trace harness reads OVS 3.1's ofproto/trace of the seed's request path (captured in the lab, values read
 * off the fixture): the tables, ct zones, NAT and the seed's address pairs (ExtIP, LocalNodeIP), (ExtIP, VIP),
 * (GwIP, VIP).
 */
class OfprotoTraceTest {
    private final List<Pass> passes = OfprotoTrace.read(
            ClasspathFixtures.read("captured/nodeport/ofproto-trace-request-seed-set.txt"));

    private static List<Integer> tables(Pass pass) {
        return pass.hops().stream().map(Hop::table).toList();
    }

    @Test
    void sixPassesOneForEachConntrackRecirculation() {
        assertThat(passes).hasSize(6);
        assertThat(passes).extracting(OfprotoTrace.Pass::ctState)
                .containsExactly("", "new|trk", "new|trk", "new|trk", "new|trk", "new|trk");
        assertThat(tables(passes.get(0))).containsExactly(0, 5, 6, 7);
        assertThat(tables(passes.get(1))).containsExactly(8);
        assertThat(tables(passes.get(2))).containsExactly(9);
        assertThat(tables(passes.get(3))).containsExactly(11);
        assertThat(tables(passes.get(4))).containsExactly(12);
        assertThat(tables(passes.get(5))).containsExactly(30);
    }

    @Test
    void theHopsCarryTheFlowThatMatchedAndItsActions() {
        Hop uplink = passes.get(0).hops().get(1);
        assertThat(uplink).isEqualTo(new Hop(5, "tcp,reg0=0x4/0xffff,nw_dst=10.176.25.244,tp_dst=31736", 210, 0x520,
                List.of("resubmit(,6)")));
        Hop dnat = passes.get(1).hops().get(0);
        assertThat(dnat.actions()).containsExactly("set_field:0x1->reg8",
                "ct(commit,table=9,zone=52100,nat(dst=169.254.169.110))", "nat(dst=169.254.169.110)");
        Hop noMatch = passes.get(5).hops().get(0);
        assertThat(noMatch.match()).isEqualTo("No match.");
        assertThat(noMatch.priority()).isEqualTo(-1);
        assertThat(passes.get(5).datapathActions()).isEqualTo("drop");
        assertThat(passes.get(0).datapathActions()).isEqualTo("ct(zone=52100,nat),recirc(0x6)");
    }

    @Test
    void theAddressesAtEachStageAreTheSeeds() {
        assertThat(pair(passes.get(0))).containsExactly("192.0.2.10", "10.176.25.244");
        assertThat(pair(passes.get(2))).containsExactly("192.0.2.10", "169.254.169.110");
        assertThat(pair(passes.get(4))).containsExactly("10.176.25.1", "169.254.169.110");
        assertThat(passes.get(4).field("ct_zone")).isEqualTo("52200");
        assertThat(passes.get(5).field("ct_zone")).isEqualTo("65500");
    }

    private static List<String> pair(Pass pass) {
        return List.of(pass.field("nw_src"), pass.field("nw_dst"));
    }
}
