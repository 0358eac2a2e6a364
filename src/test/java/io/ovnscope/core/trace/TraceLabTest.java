package io.ovnscope.core.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabCollection;
import io.ovnscope.testing.LabNode;
import io.ovnscope.testing.SeedTrafficFlows;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The trace on a live collection of the lab (seed 004's node): the seed's ten tables, and for the flows that
 * start in a pod, the OVN part checked against real ovn-trace on the lab's southbound database: the same
 * datapaths in the same order, the same load balancer backend, the same output port, and no SNAT on either.
 */
@ExtendWith(Lab.class)
class TraceLabTest {
    private static final Pattern DATAPATH = Pattern.compile("^ingress\\(dp=\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern BACKEND = Pattern.compile("ct_lb_mark\\(backends=([^)]+)\\)");
    private static final Pattern OUTPUT = Pattern.compile("/\\* output to \"([^\"]+)\"");
    private static final Pattern SNAT = Pattern.compile("ct_snat\\(");

    private static Snapshot snapshot;
    private static TraceEngine engine;
    private static LabNode lab;

    @BeforeAll
    static void collect(LabNode node) throws Exception {
        lab = node;
        snapshot = LabCollection.collect(node);
        engine = new TraceEngine(snapshot);
    }

    static Stream<String> flows() {
        return SeedTrafficFlows.TITLES.stream();
    }

    static Stream<String> podFlows() {
        return SeedTrafficFlows.TITLES.stream().filter(title -> title.startsWith("pod to"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flows")
    void reproducesTheSeedsTable(String title) {
        SeedTrafficFlows.check(engine, title);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("podFlows")
    void agreesWithOvnTrace(String title) throws Exception {
        TraceQuestion question = SeedTrafficFlows.question(title);
        Trace trace = engine.trace(question);
        String ovnTrace = lab.inside("ovn-trace --ct=new microshift-dev '" + microflow(trace) + "'");

        assertThat(ovnDatapaths(trace)).as(title + ": datapaths").isEqualTo(all(DATAPATH, ovnTrace));
        List<String> backends = all(BACKEND, ovnTrace);
        List<String> dnats = trace.steps().stream().map(TraceStep::comment)
                .filter(comment -> comment.startsWith("a loadbalancer rule")).map(c -> c.substring(c.lastIndexOf(' ') + 1))
                .toList();
        assertThat(dnats).as(title + ": DNAT").isEqualTo(backends);
        assertThat(all(SNAT, ovnTrace)).as(title + ": SNAT").isEmpty();
        assertThat(all(OUTPUT, ovnTrace)).as(title + ": output port").last().isEqualTo(exitPort(trace));
    }

    /** The first packet as it leaves the pod: its MACs as the trace chose them, a TTL, an ephemeral port. */
    private static String microflow(Trace trace) {
        TraceStep first = trace.steps().get(0);
        LogicalSwitchPort source = portWithIp(first.src().address());
        String transport = trace.question().protocol().label();
        String ports = first.dst().port().isPresent() ? " && " + transport + ".src == 33333 && " + transport
                + ".dst == " + first.dst().port().getAsInt() : " && " + transport + ".src == 33333 && " + transport
                + ".dst == 80";
        return "inport == \"" + source.name() + "\" && eth.src == " + mac(source) + " && eth.dst == "
                + firstMac(trace) + " && ip4.src == " + first.src().address() + " && ip4.dst == "
                + first.dst().address() + " && ip.ttl == 64" + ports;
    }

    /** Where the pod sends the packet: the destination pod on its own subnet, else its gateway. */
    private static String firstMac(Trace trace) {
        IpAddress destination = trace.steps().get(0).dst().address();
        LogicalSwitch own = snapshot.node().northbound().switchOfPort(portWithIp(trace.steps().get(0).src().address())
                .name()).orElseThrow();
        boolean local = own.ports().stream().anyMatch(port -> port.addresses().stream()
                .anyMatch(address -> address.ips().contains(destination)));
        return local ? mac(portWithIp(destination)) : "0a:58:0a:2a:00:01";
    }

    /** The OVN datapaths the engine's trace crosses, rows and the transit switches between them. */
    private static List<String> ovnDatapaths(Trace trace) {
        List<String> datapaths = new ArrayList<>();
        for (TraceStep step : trace.steps()) {
            for (Hop hop : step.via()) {
                add(datapaths, hop);
            }
            add(datapaths, step.where());
        }
        // A router's DNAT, route and SNAT rows are one datapath visit.
        List<String> collapsed = new ArrayList<>();
        for (String name : datapaths) {
            if (collapsed.isEmpty() || !collapsed.get(collapsed.size() - 1).equals(name)) {
                collapsed.add(name);
            }
        }
        return collapsed;
    }

    private static void add(List<String> datapaths, Hop hop) {
        if (hop.kind().isOvnSwitch() || hop.kind().isOvnRouter()) {
            datapaths.add(hop.name());
        }
    }

    /** The switch port where the packet leaves OVN: the delivered pod's, or the management port's. */
    private static String exitPort(Trace trace) {
        boolean viaHost = trace.steps().stream().anyMatch(step -> step.where().kind() == HopKind.MANAGEMENT_PORT);
        IpAddress address = viaHost ? IpAddress.parse("10.42.0.2").orElseThrow()
                : trace.finalDst().orElseThrow().address();
        return portWithIp(address).name();
    }

    private static LogicalSwitchPort portWithIp(IpAddress ip) {
        return snapshot.node().northbound().switches().stream().flatMap(s -> s.ports().stream())
                .filter(port -> port.addresses().stream().anyMatch(address -> address.ips().contains(ip)))
                .findFirst().orElseThrow(() -> new AssertionError("no switch port has " + ip));
    }

    private static String mac(LogicalSwitchPort port) {
        return port.addresses().stream().map(PortAddress::mac).flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow().toString();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
        }
        return found;
    }
}
