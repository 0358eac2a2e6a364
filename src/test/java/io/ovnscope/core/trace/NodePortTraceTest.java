package io.ovnscope.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.OutputKinds;
import io.ovnscope.collectors.snapshot.SnapshotAssembler;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import io.ovnscope.testing.NodePortSeedFlows;
import io.ovnscope.testing.UserspaceOvs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 000's NodePort flow set on a real userspace bridge, traced by the engine and by ovs-vswitchd's own
 * {@code ofproto/trace}: the same tables in the same order, the same conntrack zones and NATs, and the seed's
 * address pairs on the way: (ExtIP, LocalNodeIP), (ExtIP, VIP), (GwIP, VIP), (GwIP, EndpointIP).
 *
 * <p>Seed 000 gives only its own tables. The few Antrea tables around them are given here, each as Antrea
 * would do its part: the classifier marks packets from the uplink (reg0=0x4), conntrackTable sends them
 * through conntrack to conntrackStateTable, serviceLBTable DNATs the VIP and NodePort to one endpoint, and
 * l3ForwardingTable sends it to the endpoint's port.
 */
class NodePortTraceTest {
    @RegisterExtension
    static final UserspaceOvs OVS = new UserspaceOvs();

    private static final String BRIDGE = "br-int";
    private static final String EXTERNAL = "203.0.113.9";
    private static final String NODE_IP = "10.176.25.244";
    private static final String NODE_PORT = "31736";
    private static final String VIP = "169.254.169.110";
    private static final String ENDPOINT = "10.10.1.5";
    private static final List<String> ANTREA_AROUND_THE_SEED = List.of(
            "table=0,priority=200,in_port=1 actions=load:0x4->NXM_NX_REG0[0..15],resubmit(,5)",
            "table=30,priority=200,ip actions=ct(table=31,zone=65520,nat)",
            "table=41,priority=200,tcp,nw_dst=" + VIP + ",tp_dst=" + NODE_PORT
                    + " actions=ct(commit,table=70,zone=65520,nat(dst=" + ENDPOINT + ":80))",
            "table=70,priority=200,ip,nw_dst=" + ENDPOINT + " actions=output:3");

    private static Snapshot snapshot;

    @BeforeAll
    static void bridge() {
        OVS.addBridge(BRIDGE);
        check(OVS.vsctl("add-port", BRIDGE, "uplink", "--", "set", "interface", "uplink", "type=internal",
                "ofport_request=1"));
        OVS.addPort(BRIDGE, "antrea-gw0", 2);
        OVS.addPort(BRIDGE, "endpoint0", 3);
        check(OVS.inNamespace("ip", "link", "set", "uplink", "up"));
        check(OVS.inNamespace("ip", "addr", "add", NODE_IP + "/24", "dev", "uplink"));
        check(OVS.inNamespace("ip", "route", "add", "default", "via", "10.176.25.254", "dev", "uplink"));
        List<String> flows = new ArrayList<>(ANTREA_AROUND_THE_SEED);
        flows.addAll(NodePortSeedFlows.flows());
        for (String flow : flows) {
            check(OVS.ofctl("-O", "OpenFlow15", "add-flow", BRIDGE, flow));
        }
        List<CapturedOutput> outputs = List.of(
                output("flows/" + BRIDGE, "ovs-ofctl -O OpenFlow15 dump-flows " + BRIDGE, "ofctl-flows",
                        OVS.ofctl("-O", "OpenFlow15", "dump-flows", BRIDGE)),
                output("ports/" + BRIDGE, "ovs-ofctl show " + BRIDGE, "ofctl-show", OVS.ofctl("show", BRIDGE)),
                output("vsctl-show", "ovs-vsctl show", "vsctl-show", OVS.vsctl("show")),
                output("routes", "ip route show table all", "ip-route",
                        OVS.inNamespace("ip", "route", "show", "table", "all")),
                output("addresses", "ip -j addr", "ip-addr-json", OVS.inNamespace("ip", "-j", "addr")));
        snapshot = new SnapshotAssembler(OutputKinds.all()).assemble(new SnapshotSource(SnapshotSource.Origin.IMPORT,
                "antrea-node", "userspace OVS", Instant.now()), outputs, List.of());
    }

    @Test
    void theRequestPassesTheSeedsAddressPairsTableByTable() {
        Trace trace = new TraceEngine(snapshot).trace(new TraceQuestion(EXTERNAL, NODE_IP + ":" + NODE_PORT,
                TraceProtocol.TCP));
        assertThat(trace.stop()).isEmpty();
        // Seed 000: (ExtIP, LocalNodeIP) -> DnatTables -> (ExtIP, VIP) -> SnatTables -> (GwIP, VIP) ->
        // serviceLBTable(DNAT) -> (GwIP, EndpointIP).
        assertThat(trace.steps()).extracting(step -> step.src().address() + " " + step.dst().address())
                .containsExactly(EXTERNAL + " " + NODE_IP, EXTERNAL + " " + VIP,
                        NodePortSeedFlows.GATEWAY_IP + " " + VIP);
        assertThat(trace.steps().get(0).comment()).contains("DNAT's", "(table 8, ct zone 52100)");
        assertThat(trace.steps().get(1).comment()).contains("SNAT's", "(table 11, ct zone 52200)");
        assertThat(trace.steps().get(2).comment()).contains("DNAT's", "(table 41, ct zone 65520)");
        assertThat(trace.finalSrc()).map(Object::toString).contains(NodePortSeedFlows.GATEWAY_IP);
        assertThat(trace.finalDst()).map(Object::toString).contains(ENDPOINT + ":80");
        assertThat(trace.delivered()).contains(new Hop(HopKind.BRIDGE_PORT, "endpoint0"));

        // Seed 000's reply: (EndpointIP, GwIP) -> (VIP, GwIP) -> (VIP, ExtIP) -> (LocalNodeIP, ExtIP).
        Trace reply = new TraceEngine(snapshot).reply(trace);
        assertThat(reply.steps()).extracting(step -> step.src().address() + " " + step.dst().address())
                .containsExactly(ENDPOINT + " " + NodePortSeedFlows.GATEWAY_IP, VIP + " " + NodePortSeedFlows.GATEWAY_IP,
                        VIP + " " + EXTERNAL);
        assertThat(reply.finalSrc()).map(Object::toString).contains(NODE_IP + ":" + NODE_PORT);
        assertThat(reply.finalDst()).map(Object::toString).contains(EXTERNAL);
    }

    @Test
    void theFlowSetIsATraceExampleForItsNodePort() {
        TraceExamples examples = TraceExamples.of(snapshot);
        assertThat(examples.examples()).extracting(TraceExample::question)
                .contains(new TraceQuestion(TraceExamples.EXTERNAL_CLIENT, NODE_IP + ":" + NODE_PORT, TraceProtocol.TCP));
    }

    @Test
    void theEngineAgreesWithOfprotoTrace() {
        Trace trace = new TraceEngine(snapshot).trace(new TraceQuestion(EXTERNAL, NODE_IP + ":" + NODE_PORT,
                TraceProtocol.TCP));
        List<String> args = new ArrayList<>(List.of("ofproto/trace", BRIDGE, "in_port=1,tcp,nw_src=" + EXTERNAL
                + ",nw_dst=" + NODE_IP + ",tp_src=33333,tp_dst=" + NODE_PORT));
        for (int recirculation = 0; recirculation < 6; recirculation++) {
            args.addAll(List.of("--ct-next", "trk,new"));
        }
        UserspaceOvs.Result result = OVS.appctl(args.toArray(String[]::new));
        check(result);
        String ours = trace.steps().stream().flatMap(step -> step.evidence().stream())
                .map(evidence -> tableOf(evidence.text())).reduce((a, b) -> a + " " + b).orElse("");
        assertThat(ours).isEqualTo(String.join(" ", tables(result.stdout())));
        assertThat(all(Pattern.compile("zone=(\\d+)"), result.stdout()))
                .containsSubsequence("52100", "52200", "65520");
        assertThat(result.stdout()).contains("nat(dst=" + VIP + ")", "nat(src=" + NodePortSeedFlows.GATEWAY_IP + ")",
                "nat(dst=" + ENDPOINT + ":80)", "output:3");
    }

    /** The tables ofproto/trace visits, in order: its lines " 5. ..." (recirculations included). */
    private static List<String> tables(String trace) {
        return all(Pattern.compile("^\\s*(\\d+)\\. ", Pattern.MULTILINE), trace);
    }

    private static String tableOf(String flowLine) {
        Matcher matcher = Pattern.compile("table=(\\d+)").matcher(flowLine);
        return matcher.find() ? matcher.group(1) : "0";
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static CapturedOutput output(String item, String command, String kind, UserspaceOvs.Result result) {
        check(result);
        return new CapturedOutput(item, command, kind, Outcome.COMPLETED, 0, Duration.ZERO, result.stdout(), "",
                List.of());
    }

    private static void check(UserspaceOvs.Result result) {
        assertThat(result.exitCode()).as(result.stderr()).isZero();
    }
}
