package io.ovnscope.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.trace.Evidence;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceEngine;
import io.ovnscope.core.trace.TraceProtocol;
import io.ovnscope.core.trace.TraceQuestion;
import io.ovnscope.core.trace.TraceStep;
import io.ovnscope.testing.SeedFlowTables.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 004's ten flows as questions, the rows each must give (the seed's table, corrected where the node's
 * own data says otherwise, each correction explained), and the seed's rule each trace must cite. Shared by
 * the test on the demo snapshot and the test on a live collection of the lab.
 */
public final class SeedTrafficFlows {
    /** Seed 004 writes the external client as "ExternalIP"; the questions use this documentation address. */
    public static final String EXTERNAL_IP = "203.0.113.9";

    public static final List<String> TITLES = List.of("pod to pod", "pod to host", "pod to external", "host to pod",
            "pod to clusterService", "pod to hostService", "host to clusterService", "host to hostService",
            "pod to nodePortService", "external to nodePortService");

    private SeedTrafficFlows() {
    }

    /** The seed's example of each flow ("Example: from `pod-1` to DNS service `10.43.0.10:53`", ...). */
    public static TraceQuestion question(String title) {
        switch (title) {
            case "pod to pod": return ask("pod-1", "pod-2", TraceProtocol.TCP);
            case "pod to host": return ask("pod-1", "192.168.122.14", TraceProtocol.TCP);
            case "pod to external": return ask("pod-1", "8.8.8.8", TraceProtocol.TCP);
            case "host to pod": return ask("host", "pod-1", TraceProtocol.TCP);
            case "pod to clusterService": return ask("pod-1", "10.43.0.10:53", TraceProtocol.UDP);
            case "pod to hostService": return ask("pod-1", "10.43.0.1:443", TraceProtocol.TCP);
            case "host to clusterService": return ask("host", "10.43.0.10:53", TraceProtocol.TCP);
            case "host to hostService": return ask("host", "10.43.0.1:443", TraceProtocol.TCP);
            case "pod to nodePortService": return ask("pod-1", "192.168.122.14:30700", TraceProtocol.TCP);
            case "external to nodePortService": return ask(EXTERNAL_IP, "192.168.122.14:30700", TraceProtocol.TCP);
            default: throw new IllegalArgumentException(title);
        }
    }

    /** The rows the trace must give: the seed's, with the corrections the node's data demands. */
    public static List<Row> expectedRows(String title) {
        Map<String, List<Row>> seed = SeedFlowTables.read();
        List<Row> rows = new ArrayList<>(seed.get(title));
        switch (title) {
            case "pod to host":
            case "pod to external":
                // The cluster router sends the packet out of rtos-microshift-dev towards 10.42.0.2, so it
                // crosses the node switch again before ovn-k8s-mp0 (ovn-trace shows that hop too). The seed
                // shows this hop in "pod to hostService" (its step 3) and leaves it out here.
                rows.add(2, new Row("ovn node switch", rows.get(1).src(), rows.get(1).dst()));
                break;
            case "host to pod":
                // The host's route to 10.42.0.0/24 is on-link through ovn-k8s-mp0 (ip route: "10.42.0.0/24 dev
                // ovn-k8s-mp0 ... src 10.42.0.2"), so the host sends to pod-1's own MAC and the node switch
                // delivers it directly; no router is crossed, whatever the seed's step 2 says.
                rows.remove(1);
                break;
            case "host to clusterService":
                // The gateway router routes the DNATed packet by its static route 10.42.0.0/16 via 100.64.0.1
                // before it SNATs; the seed shows that routing step in "host to hostService" (step 3) and folds
                // it into the SNAT step here.
                rows.add(2, new Row("ovn gateway router", "169.254.169.2", "10.42.0.7:5353"));
                break;
            case "external to nodePortService":
                // The seed stops after the host routes the packet to br-ex and says the rest is as "host to
                // clusterService": br-ex SNATs it to 169.254.169.2, the gateway router's load balancer for the
                // cluster IP DNATs it to the endpoint (svc-nodeport: 10.42.0.13:8080), the router routes it and
                // SNATs it to its join port, and the cluster router and node switch deliver it.
                rows.replaceAll(row -> new Row(row.where(), row.src().replace("ExternalIP", EXTERNAL_IP), row.dst()));
                rows.add(new Row("br-ex", EXTERNAL_IP, "10.43.19.182:7000"));
                rows.add(new Row("ovn gateway router", "169.254.169.2", "10.43.19.182:7000"));
                rows.add(new Row("ovn gateway router", "169.254.169.2", "10.42.0.13:8080"));
                rows.add(new Row("ovn gateway router", "169.254.169.2", "10.42.0.13:8080"));
                rows.add(new Row("ovn cluster router", "100.64.0.2", "10.42.0.13:8080"));
                rows.add(new Row("ovn node switch", "100.64.0.2", "10.42.0.13:8080"));
                break;
            default:
                break;
        }
        return rows;
    }

    /**
     * The seed's evidence for the flow (the rule it quotes under "Step N"), as the step and a text its evidence must
     * contain. Where the data decides by another rule than the seed names, the comment says which and why.
     */
    public static List<Cited> expectedEvidence(String title) {
        switch (title) {
            case "pod to host":
                return List.of(cite(2, "1004 inport == \"rtos-microshift-dev\" && ip4.dst == 192.168.122.14 reroute 10.42.0.2"));
            case "pod to external":
                return List.of(cite(2, "10.42.0.0/24 10.42.0.2 src-ip"),
                        cite(5, "-A POSTROUTING -s 10.42.0.0/24 -j MASQUERADE"));
            case "host to pod":
                return List.of(cite(1, "-A OVN-KUBE-SNAT-MGMTPORT -o ovn-k8s-mp0 -m comment --comment"
                        + " \"OVN SNAT to Management Port\" -j SNAT --to-source 10.42.0.2"));
            case "pod to clusterService":
                return List.of(cite(1, "Service_openshift-dns/dns-default_UDP_node_router+switch_microshift-dev"),
                        cite(1, "10.43.0.10:53    10.42.0.7:5353"));
            case "pod to hostService":
                // The seed names policy 1004, but it matches only ip4.dst == 192.168.122.14; the packet to
                // 10.44.0.0 takes the cluster router's src-ip route 10.42.0.0/24 via 10.42.0.2 (lr-route-list).
                return List.of(cite(1, "Service_default/kubernetes_TCP_node_switch_microshift-dev"),
                        cite(2, "10.42.0.0/24 10.42.0.2 src-ip"));
            case "host to clusterService":
                return List.of(cite(1, "priority=500,ip,in_port=LOCAL,nw_dst=10.43.0.0/16"),
                        cite(1, "ct(commit,table=2,zone=64001,nat(src=169.254.169.2))"),
                        cite(2, "Service_openshift-dns/dns-default_TCP_node_router+switch_microshift-dev"),
                        cite(4, "lb_force_snat_ip=router_ip"),
                        cite(4, "rtoj-GR_microshift-dev 0a:58:64:40:00:02 [100.64.0.2/16]"));
            case "host to hostService":
                return List.of(cite(2, "Service_default/kubernetes_TCP_node_router+switch_microshift-dev"),
                        cite(3, "0.0.0.0/0 192.168.122.1 dst-ip rtoe-GR_microshift-dev"),
                        cite(4, "lb_force_snat_ip=router_ip"),
                        cite(5, "priority=500,ip,in_port=2,nw_src=192.168.122.14,nw_dst=10.44.0.0"),
                        cite(5, "ct(commit,table=4,zone=64001)"));
            case "pod to nodePortService":
                return List.of(cite(1, "192.168.122.14:30700    10.42.0.13:8080"));
            case "external to nodePortService":
                return List.of(cite(1, "-A OVN-KUBE-NODEPORT -p tcp -m addrtype --dst-type LOCAL -m tcp"
                        + " --dport 30700 -j DNAT --to-destination 10.43.19.182:7000"),
                        cite(2, "10.43.0.0/16 via 169.254.169.4 dev br-ex mtu 1500"));
            default:
                return List.of();
        }
    }

    /** Traces the flow and checks its rows and evidence against the seed. */
    public static Trace check(TraceEngine engine, String title) {
        Trace trace = engine.trace(question(title));
        assertThat(trace.stop()).as(title + ": the trace must not stop").isEmpty();
        List<Row> actual = trace.steps().stream()
                .map(step -> new Row(step.where().where(), step.src().toString(), step.dst().toString())).toList();
        assertThat(actual).as(title).containsExactlyElementsOf(expectedRows(title));
        for (Cited expected : expectedEvidence(title)) {
            TraceStep step = trace.steps().get(expected.step() - 1);
            assertThat(step.evidence()).extracting(Evidence::text).as(title + " step " + expected.step())
                    .anySatisfy(text -> assertThat(text).contains(expected.text()));
        }
        return trace;
    }

    /** A rule the seed quotes for a step: the evidence of that step must contain this text. */
    public record Cited(int step, String text) {
    }

    private static Cited cite(int step, String text) {
        return new Cited(step, text);
    }

    private static TraceQuestion ask(String from, String to, TraceProtocol protocol) {
        return new TraceQuestion(from, to, protocol);
    }
}
