package io.ovnscope.app.cli;

import io.ovnscope.core.nodeport.NodePortInput;
import io.ovnscope.core.nodeport.NodePortParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The NodePort set's parameters as options, the seed's values as defaults (the gateway address has none). */
final class NodePortParameterOptions {
    private static final NodePortInput SEED = NodePortInput.seed();

    @Option(names = "--node-ip", paramLabel = "IPV4", defaultValue = "10.176.25.244",
            description = "The node address clients connect to (default ${DEFAULT-VALUE}).")
    String nodeIp;

    @Option(names = "--node-port", paramLabel = "PORT",
            description = "A NodePort of the set; repeat for more, the first is the set's own (default 31736).")
    List<String> nodePorts;

    @Option(names = "--vip", paramLabel = "IPV4", defaultValue = "169.254.169.110",
            description = "The address requests are DNATed to (default ${DEFAULT-VALUE}).")
    String vip;

    @Option(names = "--gw-ip", paramLabel = "IPV4", defaultValue = "",
            description = "The gateway address requests are SNATed to (required: the seed reads it from antrea-gw0).")
    String gatewayIp;

    @Option(names = "--gw-port", paramLabel = "OFPORT", defaultValue = "2",
            description = "The gateway's OpenFlow port (default ${DEFAULT-VALUE}).")
    String gatewayPort;

    @Option(names = "--cookie", paramLabel = "COOKIE", defaultValue = "0x520",
            description = "The cookie of every flow of the set; removal deletes by it (default ${DEFAULT-VALUE}).")
    String cookie;

    @Option(names = "--test-cookie", paramLabel = "COOKIE", defaultValue = "0x999",
            description = "The cookie of the test flows (default ${DEFAULT-VALUE}).")
    String testCookie;

    @Option(names = "--test-flows", description = "Include the seed's test flows (with the test cookie).")
    boolean testFlows;

    @Option(names = "--dnat-zone", paramLabel = "ZONE", defaultValue = "52100",
            description = "The conntrack zone of the DNAT to the VIP (default ${DEFAULT-VALUE}).")
    String dnatZone;

    @Option(names = "--snat-zone", paramLabel = "ZONE", defaultValue = "52200",
            description = "The conntrack zone of the SNAT to the gateway (default ${DEFAULT-VALUE}).")
    String snatZone;

    @Option(names = "--conntrack-zone", paramLabel = "ZONE", defaultValue = "65500",
            description = "The pipeline's own conntrack zone the set hands back to (default ${DEFAULT-VALUE}).")
    String conntrackZone;

    @Option(names = "--table", paramLabel = "NAME=N", mapFallbackValue = "",
            description = "A table number, by the seed's name: UplinkTable=5, NodePortFilterTable1=6, "
                    + "NodePortFilterTable2=7, DnatTable=8, PostDnatTable=9, SnatTable=11, PostSnatTable=12, "
                    + "conntrackTable=30, conntrackStateTable=31, SVCDnatTable=40, serviceLBTable=41, "
                    + "L2ForwardingOutTable=110 (the defaults).")
    Map<String, String> tables = new LinkedHashMap<>();

    NodePortInput input() {
        return new NodePortInput(nodeIp, nodePorts == null || nodePorts.isEmpty() ? SEED.nodePorts() : nodePorts, vip,
                gatewayIp, gatewayPort, cookie, testCookie, dnatZone, snatZone, conntrackZone, tables, testFlows);
    }

    /** The parameters, or null after printing every field at fault. */
    NodePortParameters parameters(java.io.PrintWriter err) {
        NodePortInput.Result result = input().read();
        result.errors().forEach(e -> err.println("ovnscope nodeport: --" + e.field()
                + ": " + e.message()));
        return result.parameters().orElse(null);
    }
}
