package io.ovnscope.core.nodeport;

import io.ovnscope.core.model.net.IpAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the NodePort flow set of seed 000 is made from. Constructing one validates every field and throws
 * {@link InvalidNodePortParameters} naming each field at fault; {@link NodePortInput} reads one from text.
 *
 * @param nodeIp        the node's own address the clients connect to ({@code $LocalNodeIP})
 * @param nodePorts     the NodePorts, the first being the seed's {@code $LocalNodePort}; at least one, no repeats
 * @param vip           the address the request is DNATed to ({@code $VIP})
 * @param gatewayIp     the gateway's address the request is SNATed to ({@code $GwIP}; the seed reads it from
 *                      antrea-gw0, so it has no default)
 * @param gatewayPort   the gateway's OpenFlow port ({@code $GwPort})
 * @param cookie        the cookie of every flow of the set, what install, verify and remove go by
 * @param testCookie    the cookie of the optional test flows, kept apart so they can be removed alone
 * @param dnatZone      the conntrack zone of the DNAT to the VIP
 * @param snatZone      the conntrack zone of the SNAT to the gateway
 * @param conntrackZone the zone of the pipeline's own conntrack, where the set hands back (the seed's 65500)
 * @param uplinkMark    the reg0 value (under mask 0xffff) that marks traffic from the uplink
 * @param tables        the table numbers
 * @param testFlows     whether the seed's test flows (with the test cookie) are part of the set
 */
public record NodePortParameters(IpAddress nodeIp, List<Integer> nodePorts, IpAddress vip, IpAddress gatewayIp,
                                 int gatewayPort, long cookie, long testCookie, int dnatZone, int snatZone,
                                 int conntrackZone, int uplinkMark, NodePortTables tables, boolean testFlows) {
    public static final IpAddress SEED_NODE_IP = ip("10.176.25.244");
    public static final int SEED_NODE_PORT = 31736;
    public static final IpAddress SEED_VIP = ip("169.254.169.110");
    public static final int SEED_GATEWAY_PORT = 2;
    public static final long SEED_COOKIE = 0x520;
    public static final long SEED_TEST_COOKIE = 0x999;
    public static final int SEED_DNAT_ZONE = 52100;
    public static final int SEED_SNAT_ZONE = 52200;
    public static final int SEED_CONNTRACK_ZONE = 65500;
    /** $markTrafficFromUplink="reg0=0x4/0xffff". */
    public static final int SEED_UPLINK_MARK = 0x4;

    /** OpenFlow 1.0's last physical port; above it are the reserved ports (LOCAL, CONTROLLER...). */
    public static final int MAX_OPENFLOW_PORT = 0xff00;
    public static final int MAX_ZONE = 0xffff;
    public static final int MAX_MARK = 0xffff;

    public NodePortParameters {
        nodePorts = List.copyOf(Objects.requireNonNull(nodePorts, "nodePorts"));
        List<FieldError> errors = errors(nodeIp, nodePorts, vip, gatewayIp, gatewayPort, cookie, testCookie, dnatZone,
                snatZone, conntrackZone, uplinkMark, tables);
        if (!errors.isEmpty()) {
            throw new InvalidNodePortParameters(errors);
        }
    }

    /** The seed's values; the gateway address has none in the seed and must be given. */
    public static NodePortParameters seedDefaults(IpAddress gatewayIp) {
        return new NodePortParameters(SEED_NODE_IP, List.of(SEED_NODE_PORT), SEED_VIP, gatewayIp, SEED_GATEWAY_PORT,
                SEED_COOKIE, SEED_TEST_COOKIE, SEED_DNAT_ZONE, SEED_SNAT_ZONE, SEED_CONNTRACK_ZONE, SEED_UPLINK_MARK,
                NodePortTables.seed(), false);
    }

    public NodePortParameters withNodePorts(List<Integer> ports) {
        return new NodePortParameters(nodeIp, ports, vip, gatewayIp, gatewayPort, cookie, testCookie, dnatZone,
                snatZone, conntrackZone, uplinkMark, tables, testFlows);
    }

    public NodePortParameters withTestFlows(boolean on) {
        return new NodePortParameters(nodeIp, nodePorts, vip, gatewayIp, gatewayPort, cookie, testCookie, dnatZone,
                snatZone, conntrackZone, uplinkMark, tables, on);
    }

    public int table(NodePortTable table) {
        return tables.number(table);
    }

    /** The cookies the set's flows carry: the cookie, and the test cookie when the test flows are on. */
    public List<Long> cookies() {
        return testFlows ? List.of(cookie, testCookie) : List.of(cookie);
    }

    static List<FieldError> errors(IpAddress nodeIp, List<Integer> nodePorts, IpAddress vip, IpAddress gatewayIp,
                                   int gatewayPort, long cookie, long testCookie, int dnatZone, int snatZone,
                                   int conntrackZone, int uplinkMark, NodePortTables tables) {
        List<FieldError> errors = new ArrayList<>();
        ipv4(errors, "node-ip", nodeIp);
        ipv4(errors, "vip", vip);
        ipv4(errors, "gw-ip", gatewayIp);
        if (nodePorts.isEmpty()) {
            errors.add(new FieldError("node-port", "at least one NodePort is needed"));
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer port : nodePorts) {
            if (port == null || port < 1 || port > 65535) {
                errors.add(new FieldError("node-port", "must be 1 to 65535, not " + port));
            } else if (!seen.add(port)) {
                errors.add(new FieldError("node-port", port + " is given twice"));
            }
        }
        if (gatewayPort < 1 || gatewayPort > MAX_OPENFLOW_PORT) {
            errors.add(new FieldError("gw-port", "must be an OpenFlow port number, 1 to " + MAX_OPENFLOW_PORT
                    + ", not " + gatewayPort));
        }
        cookie(errors, "cookie", cookie);
        cookie(errors, "test-cookie", testCookie);
        if (cookie == testCookie && cookie != 0) {
            errors.add(new FieldError("test-cookie", "must differ from the cookie, or removing the test flows "
                    + "would remove the whole set"));
        }
        zone(errors, "dnat-zone", dnatZone);
        zone(errors, "snat-zone", snatZone);
        zone(errors, "conntrack-zone", conntrackZone);
        if (dnatZone == snatZone) {
            errors.add(new FieldError("snat-zone", "must differ from the dnat-zone (" + dnatZone
                    + "): one zone cannot hold both translations of a connection"));
        }
        if (uplinkMark < 0 || uplinkMark > MAX_MARK) {
            errors.add(new FieldError("uplink-mark", "must be 0 to 0xffff, not " + uplinkMark));
        }
        if (tables == null) {
            errors.add(new FieldError("table", "no table numbers"));
        } else {
            errors.addAll(tables.errors());
        }
        return errors;
    }

    private static void ipv4(List<FieldError> errors, String field, IpAddress address) {
        if (address == null) {
            errors.add(new FieldError(field, "an IPv4 address is needed"));
        } else if (!address.v4()) {
            errors.add(new FieldError(field, "must be an IPv4 address (the flow set matches ip), not " + address));
        }
    }

    /** Cookie 0 is what most flows carry and all ones means "any": deleting by either would hit other flows. */
    private static void cookie(List<FieldError> errors, String field, long value) {
        if (value == 0) {
            errors.add(new FieldError(field, "must not be 0: most other flows carry cookie 0, and removal "
                    + "deletes by cookie"));
        } else if (value == -1L) {
            errors.add(new FieldError(field, "must not be 0xffffffffffffffff: OpenFlow reserves it"));
        }
    }

    private static void zone(List<FieldError> errors, String field, int zone) {
        if (zone < 0 || zone > MAX_ZONE) {
            errors.add(new FieldError(field, "must be a conntrack zone, 0 to 65535, not " + zone));
        }
    }

    private static IpAddress ip(String text) {
        return IpAddress.parse(text).orElseThrow();
    }
}
