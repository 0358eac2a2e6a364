package io.ovnscope.core.nodeport;

import static io.ovnscope.core.nodeport.NodePortTable.CONNTRACK;
import static io.ovnscope.core.nodeport.NodePortTable.CONNTRACK_STATE;
import static io.ovnscope.core.nodeport.NodePortTable.DNAT;
import static io.ovnscope.core.nodeport.NodePortTable.FILTER_IP;
import static io.ovnscope.core.nodeport.NodePortTable.FILTER_PORT;
import static io.ovnscope.core.nodeport.NodePortTable.L2_FORWARDING_OUT;
import static io.ovnscope.core.nodeport.NodePortTable.POST_DNAT;
import static io.ovnscope.core.nodeport.NodePortTable.POST_SNAT;
import static io.ovnscope.core.nodeport.NodePortTable.SERVICE_DNAT;
import static io.ovnscope.core.nodeport.NodePortTable.SERVICE_LB;
import static io.ovnscope.core.nodeport.NodePortTable.SNAT;
import static io.ovnscope.core.nodeport.NodePortTable.UPLINK;

import java.util.ArrayList;
import java.util.List;

/**
 * The NodePort flow set of seed 000 ("Request packets" and "Reply", not the deprecated flows) made from
 * parameters, in the seed's order, then two flows for every NodePort after the first ("Add new NodePort").
 * The flows are spelled exactly as the seed spells them, its uneven spaces included (a space after
 * {@code table=N,} in most flows but not in PostSnatTable's, two spaces before the reply flow's actions), so a
 * test can hold each one against the seed's line.
 */
public final class NodePortProgram {
    private static final String SPACED = ", ";
    private static final String CLOSE = ",";
    private static final String ONE_SPACE = " ";
    private static final String TWO_SPACES = "  ";

    private NodePortProgram() {
    }

    /** The whole set for these parameters: the flows {@link NodePortCommand.Install} sends. */
    public static List<PlannedFlow> flows(NodePortParameters p) {
        Writer w = new Writer(p);
        int firstPort = p.nodePorts().get(0);
        String uplinkMark = uplinkMark(p);
        String node = p.nodeIp().toString();
        String vip = p.vip().toString();
        String gateway = p.gatewayIp().toString();
        int dnatZone = p.dnatZone();
        int snatZone = p.snatZone();

        // Request packets: redirect pkts from uplink to NodePortFilterTables.
        w.add(uplinkFlow(p, firstPort));
        // Filter NodePort service traffic, redirect it into SNAT tables.
        w.add(FILTER_IP, SPACED, p.cookie(), 200, "ip,nw_dst=" + node, ONE_SPACE, resubmit(p, FILTER_PORT));
        w.add(FILTER_IP, SPACED, p.cookie(), 190, "", ONE_SPACE, resubmit(p, POST_SNAT));
        w.add(portFilterFlow(p, firstPort));
        w.add(FILTER_PORT, SPACED, p.cookie(), 190, "", ONE_SPACE, resubmit(p, POST_SNAT));
        // DnatTable.
        w.add(DNAT, SPACED, p.cookie(), 190, "ip,ct_state=+new+trk", ONE_SPACE,
                "load:0x1->NXM_NX_REG8[],ct(commit,table=" + p.table(POST_DNAT) + ",zone=" + dnatZone + ",nat(dst="
                        + vip + "))");
        w.add(DNAT, SPACED, p.cookie(), 190, "ip,ct_state=-new+trk", ONE_SPACE,
                "load:0x1->NXM_NX_REG8[]," + resubmit(p, POST_DNAT));
        w.add(DNAT, SPACED, p.cookie(), 200, "ip,reg8=0x2/0xffff", ONE_SPACE, "output:" + p.gatewayPort());
        w.add(DNAT, SPACED, p.cookie(), 0, "", ONE_SPACE, "drop");
        // Post DnatTable.
        w.add(POST_DNAT, SPACED, p.cookie(), 190, "ip", ONE_SPACE, ct(p, SNAT, snatZone));
        w.add(POST_DNAT, SPACED, p.cookie(), 0, "", ONE_SPACE, "drop");
        // SNAT tables: request direction packets carry reg8=0x1/0xffff.
        w.add(SNAT, SPACED, p.cookie(), 190, "reg8=0x1/0xffff,ip,tcp,ct_state=+new+trk", ONE_SPACE,
                "ct(commit,table=" + p.table(POST_SNAT) + ",zone=" + snatZone + ",nat(src=" + gateway + "))");
        w.add(SNAT, SPACED, p.cookie(), 190, "reg8=0x1/0xffff,ip,ct_state=-new+trk", ONE_SPACE,
                resubmit(p, POST_SNAT));
        w.add(SNAT, SPACED, p.cookie(), 190, "ip,reg8=0x2/0xffff,ct_state=-new+trk", ONE_SPACE,
                ct(p, DNAT, dnatZone));
        if (p.testFlows()) {
            // For LocalNode --> LocalNodePort case; the seed's action is the bare port number.
            w.add(SNAT, SPACED, p.testCookie(), 190, "ip,reg8=0x2/0xffff,ct_state=+new+trk", ONE_SPACE,
                    Integer.toString(p.gatewayPort()));
        }
        w.add(SNAT, SPACED, p.cookie(), 0, "", ONE_SPACE, "drop");
        // The default next hop is conntrackTable.
        w.add(POST_SNAT, CLOSE, p.cookie(), 200, "ip,reg8=0x2/0xffff,nw_dst=" + gateway, ONE_SPACE,
                ct(p, SNAT, snatZone));
        w.add(POST_SNAT, CLOSE, p.cookie(), 190, "ip,reg8=0x2/0xffff", ONE_SPACE, ct(p, DNAT, dnatZone));
        w.add(POST_SNAT, CLOSE, p.cookie(), 0, "ip", ONE_SPACE, ct(p, CONNTRACK, p.conntrackZone()));
        // Pass NodePort service traffic to the following pipeline.
        w.add(CONNTRACK_STATE, SPACED, p.cookie(), 210, "ip," + uplinkMark + ",ct_state=+new+trk,reg8=0x1/0xffff",
                ONE_SPACE, resubmit(p, SERVICE_DNAT) + "," + resubmit(p, SERVICE_LB));
        // Reply: the source of reply traffic after unDNAT is the VIP; mark it with reg8=0x2/0xffff.
        w.add(L2_FORWARDING_OUT, SPACED, p.cookie(), 220, "ip,nw_src=" + vip, TWO_SPACES,
                "load:0x2->NXM_NX_REG8[]," + resubmit(p, POST_SNAT));
        for (int port : p.nodePorts().subList(1, p.nodePorts().size())) {
            w.flows.addAll(portFlows(p, port));
        }
        return List.copyOf(w.flows);
    }

    /** The two flows that let one more NodePort in: the uplink redirect and the port filter. */
    public static List<PlannedFlow> portFlows(NodePortParameters p, int port) {
        return List.of(uplinkFlow(p, port), portFilterFlow(p, port));
    }

    private static PlannedFlow uplinkFlow(NodePortParameters p, int port) {
        return flow(p, UPLINK, SPACED, p.cookie(), 210, uplinkMark(p) + ",ip,nw_dst=" + p.nodeIp() + ",tcp,tp_dst="
                + port, ONE_SPACE, resubmit(p, FILTER_IP));
    }

    private static PlannedFlow portFilterFlow(NodePortParameters p, int port) {
        return flow(p, FILTER_PORT, SPACED, p.cookie(), 200, "ip,tcp,tp_dst=" + port, ONE_SPACE,
                ct(p, DNAT, p.dnatZone()));
    }

    private static String uplinkMark(NodePortParameters p) {
        return "reg0=0x" + Integer.toHexString(p.uplinkMark()) + "/0xffff";
    }

    private static String resubmit(NodePortParameters p, NodePortTable table) {
        return "resubmit(," + p.table(table) + ")";
    }

    private static String ct(NodePortParameters p, NodePortTable table, int zone) {
        return "ct(table=" + p.table(table) + ",zone=" + zone + ",nat)";
    }

    private static PlannedFlow flow(NodePortParameters p, NodePortTable table, String afterTable, long cookie,
                                    int priority, String match, String beforeActions, String actions) {
        int number = p.table(table);
        String text = "table=" + number + afterTable + "cookie=" + NodePortInput.hex(cookie) + ",priority=" + priority
                + (match.isEmpty() ? "" : "," + match) + beforeActions + "actions=" + actions;
        return new PlannedFlow(text, cookie, number, priority, match, actions);
    }

    /** Collects the flows of one set in order. */
    private static final class Writer {
        private final NodePortParameters p;
        private final List<PlannedFlow> flows = new ArrayList<>();

        Writer(NodePortParameters p) {
            this.p = p;
        }

        void add(PlannedFlow flow) {
            flows.add(flow);
        }

        void add(NodePortTable table, String afterTable, long cookie, int priority, String match,
                 String beforeActions, String actions) {
            flows.add(flow(p, table, afterTable, cookie, priority, match, beforeActions, actions));
        }
    }
}
