package io.ovnscope.core.browse.find;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.trace.TraceExample;
import io.ovnscope.testing.DemoSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Find on the demo the jar ships. Expected hits were read off its outputs (the stdout of each, searched by
 * eye and with grep after gunzip): 10.43.0.10 stands three times in nb/Load_Balancer (the UDP dns-default
 * VIP :53, the TCP one's :53 and :9154) and on 16 lines of flows/br-int (lines 244, 255, 257, 258, 281, 283,
 * 284, 357, 360, 361, 843, 844, 846, 848, 850, 851).
 */
class SnapshotSearchTest {
    private static final Snapshot DEMO = DemoSnapshot.load();

    @Test
    void anAddressFindsTheLoadBalancersTheirVipsAndTheFlows() {
        FindResults results = SnapshotSearch.find(DEMO, "10.43.0.10");
        assertThat(results.of(FindKind.LOAD_BALANCER)).extracting(h -> ((LoadBalancer) h.subject()).name())
                .containsExactlyInAnyOrder("Service_openshift-dns/dns-default_UDP_node_router+switch_microshift-dev",
                        "Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev");
        assertThat(results.of(FindKind.LOAD_BALANCER_VIP)).extracting(FindHit::text).containsExactlyInAnyOrder(
                "Service_openshift-dns/dns-default_UDP_node_router+switch_microshift-dev: 10.43.0.10:53 → 10.42.0.7:5353",
                "Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev: 10.43.0.10:53 → 10.42.0.7:5353",
                "Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev: 10.43.0.10:9154 → 10.42.0.7:9154");
        // The br-int dump's lines that hold the address whole, read from the raw output (the lab's flows move
        // between collections, so the numbers are not written here).
        assertThat(results.of(FindKind.FLOW)).extracting(FindHit::line).isNotEmpty()
                .containsExactlyElementsOf(linesHolding(DEMO, "flows/br-int", "10\\.43\\.0\\.10(?![0-9])"));
        assertThat(results.of(FindKind.FLOW)).allSatisfy(hit -> {
            assertThat(((Flow) hit.subject()).line()).isEqualTo(hit.line());
            assertThat(hit.text()).startsWith("br-int: ").contains("10.43.0.10");
        });
        // Seed 004's flows that go to the DNS service: from pod-1 and from the host.
        assertThat(results.of(FindKind.TRACE_EXAMPLE)).extracting(hit -> ((TraceExample) hit.subject()).title())
                .containsExactlyInAnyOrder("pod to clusterService", "host to clusterService");
        assertThat(results.of(FindKind.RAW_OUTPUT)).extracting(FindHit::line).containsExactly(1);
        assertThat(results.of(FindKind.RAW_OUTPUT).get(0).text()).startsWith("nb/Load_Balancer:1: …");
    }

    @Test
    void anAddressDoesNotFindALongerOne() {
        // 10.43.0.1 is the kubernetes service VIP; 10.43.0.10 must not count as it.
        FindResults results = SnapshotSearch.find(DEMO, "10.43.0.1");
        assertThat(results.of(FindKind.LOAD_BALANCER_VIP)).extracting(FindHit::text)
                .allSatisfy(text -> assertThat(text).contains("10.43.0.1:443"));
    }

    @Test
    void aNameMatchesAnywhereWithoutCase() {
        FindResults results = SnapshotSearch.find(DEMO, "GR_MICROSHIFT");
        assertThat(results.of(FindKind.LOGICAL_ROUTER)).extracting(FindHit::text).containsExactly("GR_microshift-dev");
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(SnapshotSearch.find(DEMO, "  ").isEmpty()).isTrue();
    }

    @Test
    void textMatchKeepsNumbersWhole() {
        TextMatch port = new TextMatch("53");
        assertThat(port.in("10.43.0.10:53")).isTrue();
        assertThat(port.in("10.42.0.7:5353")).isFalse();
        assertThat(new TextMatch("0x520").in("cookie=0x520,")).isTrue();
        assertThat(new TextMatch("0x520").in("cookie=0x5201")).isFalse();
        assertThat(new TextMatch("0A:58").in("mac 0a:58:0a:2a:00:0c")).isTrue();
    }

    private static List<Integer> linesHolding(Snapshot snapshot, String item, String regex) {
        String[] lines = snapshot.outputs().stream().filter(output -> output.item().equals(item)).findFirst()
                .orElseThrow().stdout().split("\n", -1);
        Pattern pattern = Pattern.compile(regex);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (pattern.matcher(lines[i]).find()) {
                found.add(i + 1);
            }
        }
        return found;
    }
}
