package io.ovnscope.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ovs-appctl ofproto/trace} on the lab's br-int, read into passes (one per recirculation after a ct
 * action) of table hops: what a trace engine's request path is compared with. Test code, not product: it reads
 * OVS 3.1's trace text as the lab prints it (fixtures/captured/nodeport/ofproto-trace-request-seed-set.txt).
 *
 * <p>The NodePort set starts in UplinkTable (5) with reg0's uplink mark set, which on a real Antrea node table 0
 * (ClassifierTable) does; the lab's table 0 is OVN's, so {@link #ENTRY_FLOW} stands in for it for the test
 * client's address only.
 */
public final class OfprotoTrace {
    /** A client outside the node (TEST-NET-1), the seed's ExtIP. */
    public static final String CLIENT_IP = "192.0.2.10";
    public static final String ENTRY_FLOW = "table=0,cookie=0x77,priority=1000,ip,nw_src=" + CLIENT_IP
            + " actions=load:0x4->NXM_NX_REG0[0..15],resubmit(,5)";

    /**
     * One table a pass went through.
     *
     * @param table    the table, or -1 for none
     * @param match    the matching flow's match as the trace prints it; {@code No match.} when none matched
     * @param priority its priority, or -1 when none matched
     * @param cookie   its cookie, or -1 when none matched
     * @param actions  the action lines under it, stripped, notes ({@code -> ...}) left out
     */
    public record Hop(int table, String match, int priority, long cookie, List<String> actions) {
    }

    /**
     * One pass: from the trace's start or a conntrack recirculation to its datapath actions.
     *
     * @param flow            the packet at the start of the pass (its {@code Flow:} line)
     * @param ctState         the conntrack state the pass resumed with, or empty for the first pass
     * @param datapathActions what the pass ends in
     */
    public record Pass(String flow, String ctState, List<Hop> hops, String datapathActions) {
        /** A field of the packet at the start of the pass, e.g. {@code nw_src}, or null. */
        public String field(String name) {
            for (String part : flow.split(",")) {
                if (part.startsWith(name + "=")) {
                    return part.substring(name.length() + 1);
                }
            }
            return null;
        }
    }

    private OfprotoTrace() {
    }

    /** Traces a TCP SYN from {@link #CLIENT_IP} to the node's address and port through br-int. */
    public static List<Pass> request(LabNode lab, String nodeIp, int nodePort, int ctPasses)
            throws IOException, InterruptedException {
        StringBuilder command = new StringBuilder("ovs-appctl ofproto/trace br-int 'in_port=1,tcp,nw_src=" + CLIENT_IP
                + ",nw_dst=" + nodeIp + ",tp_src=40000,tp_dst=" + nodePort
                + ",dl_src=02:00:00:00:00:01,dl_dst=02:00:00:00:00:02'");
        for (int i = 0; i < ctPasses; i++) {
            command.append(" --ct-next 'trk,new'");
        }
        return read(lab.inside(command.toString()));
    }

    public static List<Pass> read(String text) {
        List<Pass> passes = new ArrayList<>();
        String flow = null;
        String ctState = "";
        List<Hop> hops = new ArrayList<>();
        Hop open = null;
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (line.startsWith("recirc(")) {
                int at = line.indexOf("ct_state=");
                ctState = at < 0 ? "" : line.substring(at + "ct_state=".length()).split(" ")[0];
            } else if (line.startsWith("Flow: ")) {
                flow = line.substring("Flow: ".length());
                hops = new ArrayList<>();
                open = null;
            } else if (isHop(line)) {
                open = hop(stripped);
                hops.add(open);
            } else if (line.startsWith("Datapath actions: ")) {
                passes.add(new Pass(flow, ctState, List.copyOf(hops), line.substring("Datapath actions: ".length())));
            } else if (open != null && line.startsWith("    ") && !stripped.startsWith("->")
                    && !stripped.equals("thaw") && !stripped.startsWith("Resuming from table")) {
                open.actions().add(stripped);
            }
        }
        return passes.stream().map(p -> new Pass(p.flow(), p.ctState(), p.hops().stream()
                .map(h -> new Hop(h.table(), h.match(), h.priority(), h.cookie(), List.copyOf(h.actions()))).toList(),
                p.datapathActions())).toList();
    }

    /** {@code " 5. match, priority 210, cookie 0x520"}: a table number right-aligned in three columns and a dot. */
    private static boolean isHop(String line) {
        int dot = line.indexOf(". ");
        return dot > 0 && dot <= 3 && line.substring(0, dot).strip().chars().allMatch(Character::isDigit)
                && !line.substring(0, dot).isBlank();
    }

    private static Hop hop(String stripped) {
        int dot = stripped.indexOf(". ");
        int table = Integer.parseInt(stripped.substring(0, dot));
        String rest = stripped.substring(dot + 2);
        int priorityAt = rest.lastIndexOf(", priority ");
        if (priorityAt < 0) {
            return new Hop(table, rest, -1, -1, new ArrayList<>());
        }
        String match = rest.substring(0, priorityAt);
        String[] tail = rest.substring(priorityAt + ", priority ".length()).split(", cookie ");
        long cookie = tail.length > 1 ? Long.parseUnsignedLong(tail[1].strip().substring(2), 16) : -1;
        return new Hop(table, match, Integer.parseInt(tail[0].strip()), cookie, new ArrayList<>());
    }
}
