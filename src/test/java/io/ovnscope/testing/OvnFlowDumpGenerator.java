package io.ovnscope.testing;

import java.util.Random;

/**
 * Writes a deterministic, realistic {@code ovs-ofctl -O OpenFlow15 dump-flows br-int} of an OVN node: port
 * classification with registers and metadata, ACL conjunctions, conntrack with zones and NAT, load-balancer
 * DNAT, learn() of MAC bindings, controller() for ARP, 128-bit xxreg writes, and output. Flows are unique
 * by table, priority and match, every line is one ovs-ofctl accepts (FlowPrinterRealOvsTest loads samples
 * into a real switch), and the reply header repeats about every 64 KiB with {@code flags=[more]} as a long
 * dump does.
 */
public final class OvnFlowDumpGenerator {
    private static final String HEADER = "OFPST_FLOW reply (OF1.5) (xid=0x2):";
    private static final int PART = 64 * 1024;
    private static final int KINDS = 10;
    /** OpenFlow port numbers stay below 60,000 (OVS ends at 65,279) and clear of the ports tests name. */
    private static final int PORTS = 60000;

    private final long seed;

    public OvnFlowDumpGenerator(long seed) {
        this.seed = seed;
    }

    /** A dump of exactly {@code flows} flows. */
    public String dump(int flows) {
        return dump(0, flows);
    }

    /**
     * The flows numbered {@code first} to {@code first + count - 1}, with a header: the same tables, matches
     * and actions as in a whole dump (cookies, counters and NAT ports are drawn afresh), so a test can check
     * a slice from deep inside a million-flow dump without making all of it.
     */
    public String dump(int first, int count) {
        StringBuilder out = new StringBuilder(count * 250 + 128);
        Random random = new Random(seed ^ first);
        out.append(HEADER).append('\n');
        int partStart = out.length();
        for (int i = first; i < first + count; i++) {
            if (out.length() - partStart > PART) {
                out.append(HEADER).append(" flags=[more]\n");
                partStart = out.length();
            }
            flow(out, random, i);
            out.append('\n');
        }
        return out.toString();
    }

    private static void flow(StringBuilder out, Random random, int index) {
        int datapath = 1 + (index / KINDS) % 4000;
        int unique = index / KINDS / 4000;
        long packets = random.nextInt(4) == 0 ? 0 : (long) random.nextInt(1 << 20) * (1 + random.nextInt(64));
        out.append(" cookie=0x").append(Integer.toHexString(random.nextInt()))
                .append(", duration=").append(1 + random.nextInt(900000)).append('.').append(100 + random.nextInt(900))
                .append("s, table=");
        switch (index % KINDS) {
            case 0 -> {
                head(out, 0, packets, random).append("priority=").append(100 + index / KINDS / PORTS).append(",in_port=")
                        .append(port(index))
                        .append(" actions=set_field:0x").append(Integer.toHexString(datapath + 10)).append("->reg13,")
                        .append("set_field:0x").append(Integer.toHexString(datapath)).append("->reg11,")
                        .append("set_field:0x").append(Integer.toHexString(datapath + 1)).append("->reg12,")
                        .append("set_field:0x").append(Integer.toHexString(datapath)).append("->metadata,")
                        .append("set_field:0x").append(Integer.toHexString(1 + unique)).append("->reg14,resubmit(,8)");
            }
            case 1 -> {
                head(out, 8, packets, random).append("priority=50,reg14=0x").append(Integer.toHexString(1 + unique))
                        .append(",metadata=0x").append(Integer.toHexString(datapath)).append(",dl_src=")
                        .append(mac(datapath, unique)).append(" actions=resubmit(,9)");
            }
            case 2 -> {
                head(out, 44, packets, random).append("priority=2002,ct_state=+new-est+trk,ip,reg15=0x")
                        .append(Integer.toHexString(1 + unique)).append(",metadata=0x")
                        .append(Integer.toHexString(datapath)).append(",nw_src=").append(ip(10, datapath, unique))
                        .append(" actions=conjunction(").append(index / KINDS + 1).append(",1/2)");
            }
            case 3 -> {
                head(out, 44, packets, random).append("priority=2002,ct_state=+new-est+trk,tcp,reg15=0x")
                        .append(Integer.toHexString(1 + unique)).append(",metadata=0x")
                        .append(Integer.toHexString(datapath)).append(",tp_dst=").append(1024 + (index / KINDS) % 60000)
                        .append(" actions=conjunction(").append(index / KINDS + 1).append(",2/2)");
            }
            case 4 -> {
                head(out, 44, packets, random).append("priority=2002,conj_id=").append(index / KINDS + 1)
                        .append(",ct_state=+new-est+trk,ip,metadata=0x").append(Integer.toHexString(datapath))
                        .append(" actions=set_field:0x2000000000000000000000000/0x2000000000000000000000000->xxreg0,")
                        .append("resubmit(,45)");
            }
            case 5 -> {
                head(out, 12, packets, random).append("priority=110,ip,reg14=0x").append(Integer.toHexString(1 + unique))
                        .append(",metadata=0x").append(Integer.toHexString(datapath))
                        .append(" actions=ct(table=13,zone=NXM_NX_REG13[0..15],nat)");
            }
            case 6 -> {
                head(out, 14, packets, random).append("priority=120,ct_state=+new+trk,tcp,metadata=0x")
                        .append(Integer.toHexString(datapath)).append(",nw_dst=").append(ip(172, datapath, unique))
                        .append(",tp_dst=").append(80 + unique % 1000).append(" actions=set_field:0x8/0x8->reg10,")
                        .append("ct(commit,table=15,zone=NXM_NX_REG11[0..15],nat(dst=").append(ip(10, datapath + 1, unique))
                        .append(':').append(8080 + random.nextInt(100)).append("),exec(set_field:0x2/0x2->ct_mark))");
            }
            case 7 -> {
                head(out, 42, packets, random).append("priority=100,ip,reg15=0x").append(Integer.toHexString(1 + unique))
                        .append(",metadata=0x").append(Integer.toHexString(datapath)).append(",nw_src=")
                        .append(ip(10, datapath, unique)).append(" actions=ct(commit,table=43,zone=NXM_NX_REG12[0..15],")
                        .append("nat(src=").append(ip(192, datapath, unique)).append("))");
            }
            case 8 -> {
                head(out, 10, packets, random).append("priority=100,arp,reg14=0x").append(Integer.toHexString(1 + unique))
                        .append(",metadata=0x").append(Integer.toHexString(datapath)).append(",arp_op=2")
                        .append(" actions=learn(table=66,priority=100,NXM_NX_REG15[0..15]=0x").append(Integer.toHexString(1 + unique))
                        .append(",NXM_OF_ETH_SRC[],load:0x1->NXM_NX_REG10[6]),controller(userdata=00.00.00.01.00.00.00.00.")
                        .append(String.format("%02x", datapath & 0xff)).append(",pause),resubmit(,11)");
            }
            default -> {
                head(out, 65, packets, random).append("priority=100,reg15=0x").append(Integer.toHexString(1 + unique))
                        .append(",metadata=0x").append(Integer.toHexString(datapath))
                        .append(" actions=output:").append(port(index));
            }
        }
    }

    private static int port(int index) {
        return 1 + (index / KINDS) % PORTS;
    }

    private static StringBuilder head(StringBuilder out, int table, long packets, Random random) {
        return out.append(table).append(", n_packets=").append(packets).append(", n_bytes=").append(packets * 98)
                .append(", idle_age=").append(random.nextInt(90000)).append(", ");
    }

    private static String mac(int datapath, int unique) {
        return String.format("0a:58:%02x:%02x:%02x:%02x", (datapath >> 8) & 0xff, datapath & 0xff, unique >> 8 & 0xff,
                unique & 0xff);
    }

    private static String ip(int first, int datapath, int unique) {
        return first + "." + ((datapath >> 4) & 0xff) + "." + (((datapath & 0xf) << 4) | (unique >> 8 & 0xf)) + "."
                + (unique & 0xff);
    }
}
