package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.Argument;
import io.ovnscope.core.model.openflow.FieldRef;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowPrinter;
import io.ovnscope.core.model.openflow.MatchField;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a flow means, with the spellings OVS normalises folded together, so a flow we printed and the
 * flow OVS dumped back can be compared. Where OVS rewrites, this says so:
 * <ul>
 *   <li>{@code load} as {@code set_field} (a slice as a masked value), {@code strip_vlan} as {@code pop_vlan};</li>
 *   <li>{@code mod_dl_src} as {@code set_field:..->eth_src}, {@code mod_tp_dst} as {@code set_field:..->tcp_dst};</li>
 *   <li>{@code mod_vlan_vid:N} on an untagged match as {@code push_vlan:0x8100,set_field:4096+N->vlan_vid};</li>
 *   <li>{@code set_tunnel} as {@code set_field:..->tun_id}; {@code enqueue:P:Q} as
 *       {@code set_queue:Q,output:P,pop_queue};</li>
 *   <li>MAC and IPv4 values loaded as hex shown in their usual notation; in_port 0xffff set as "ANY";</li>
 *   <li>NXM/OXM field names as short names (OXM_OF_PKT_REGn as xregn), protocol shorthands as
 *       dl_type/nw_proto, numbers in hex or decimal (up to 128 bits);</li>
 *   <li>the controller's default max_len=65535 shown or not, a note padded with zero bytes, an empty
 *       {@code exec()} of ct() left out;</li>
 *   <li>ct_state flags and the match itself in any order.</li>
 * </ul>
 */
final class OvsNormalForm {
    private static final Map<String, String> FIELD_ALIASES = Map.ofEntries(
            Map.entry("NXM_NX_CT_MARK", "ct_mark"), Map.entry("NXM_NX_CT_LABEL", "ct_label"),
            Map.entry("OXM_OF_METADATA", "metadata"), Map.entry("NXM_OF_ARP_OP", "arp_op"),
            Map.entry("NXM_NX_ARP_SHA", "arp_sha"), Map.entry("NXM_NX_ARP_THA", "arp_tha"),
            Map.entry("NXM_OF_ARP_SPA", "arp_spa"), Map.entry("NXM_OF_ARP_TPA", "arp_tpa"),
            Map.entry("NXM_OF_ETH_SRC", "eth_src"), Map.entry("NXM_OF_ETH_DST", "eth_dst"),
            Map.entry("NXM_OF_IN_PORT", "in_port"), Map.entry("NXM_NX_TUN_ID", "tun_id"),
            Map.entry("NXM_OF_VLAN_TCI", "vlan_tci"), Map.entry("NXM_NX_PKT_MARK", "pkt_mark"),
            Map.entry("NXM_OF_IP_SRC", "ip_src"), Map.entry("NXM_OF_IP_DST", "ip_dst"),
            Map.entry("OXM_OF_IN_PORT", "in_port"), Map.entry("dl_src", "eth_src"), Map.entry("dl_dst", "eth_dst"),
            Map.entry("nw_src", "ip_src"), Map.entry("nw_dst", "ip_dst"), Map.entry("tun_id", "tun_id"),
            Map.entry("NXM_NX_IP_TTL", "nw_ttl"), Map.entry("tcp_src", "tp_src"), Map.entry("tcp_dst", "tp_dst"), Map.entry("udp_src", "tp_src"),
            Map.entry("udp_dst", "tp_dst"), Map.entry("sctp_src", "tp_src"), Map.entry("sctp_dst", "tp_dst"));
    private static final Map<String, String> MODIFY_FIELDS = Map.of(
            "mod_dl_src", "eth_src", "mod_dl_dst", "eth_dst", "mod_nw_src", "ip_src", "mod_nw_dst", "ip_dst",
            "mod_tp_src", "tp_src", "mod_tp_dst", "tp_dst");
    private static final Map<String, List<String>> SHORTHANDS = Map.ofEntries(
            Map.entry("ip", List.of("dl_type=0x800")), Map.entry("ipv6", List.of("dl_type=0x86dd")),
            Map.entry("arp", List.of("dl_type=0x806")), Map.entry("rarp", List.of("dl_type=0x8035")),
            Map.entry("tcp", List.of("dl_type=0x800", "nw_proto=6")),
            Map.entry("udp", List.of("dl_type=0x800", "nw_proto=17")),
            Map.entry("icmp", List.of("dl_type=0x800", "nw_proto=1")),
            Map.entry("sctp", List.of("dl_type=0x800", "nw_proto=132")),
            Map.entry("tcp6", List.of("dl_type=0x86dd", "nw_proto=6")),
            Map.entry("udp6", List.of("dl_type=0x86dd", "nw_proto=17")),
            Map.entry("icmp6", List.of("dl_type=0x86dd", "nw_proto=58")));

    private OvsNormalForm() {
    }

    /** table, priority and the match as a sorted set: what identifies a flow in a bridge. */
    static String key(Flow flow) {
        return flow.table() + "|" + flow.priority() + "|" + match(flow);
    }

    static String match(Flow flow) {
        TreeSet<String> parts = new TreeSet<>();
        for (MatchField field : flow.match()) {
            if (field.isShorthand()) {
                parts.addAll(SHORTHANDS.getOrDefault(field.name(), List.of(field.name())));
                continue;
            }
            String name = FIELD_ALIASES.getOrDefault(field.name(), field.name());
            name = switch (name) {
                case "tcp_src", "udp_src" -> "tp_src";
                case "tcp_dst", "udp_dst" -> "tp_dst";
                case "icmpv6_type" -> "icmp_type";
                case "icmpv6_code" -> "icmp_code";
                default -> name;
            };
            String value = name.equals("ct_state") ? ctState(field.value()) : number(field.value());
            String mask = field.mask();
            if (mask != null && (mask.equals("32") || mask.equals("128"))) {
                mask = null;
            }
            parts.add(name + "=" + value + (mask == null ? "" : "/" + number(mask)));
        }
        return String.join(",", parts);
    }

    static String actions(List<Action> actions) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            boolean pushBeforeVid = action instanceof Action.PushVlan && i + 1 < actions.size()
                    && actions.get(i + 1) instanceof Action.SetField next && next.field().field().equals("vlan_vid");
            if (!pushBeforeVid) {
                out.add(action(action));
            }
        }
        return String.join(",", out);
    }

    private static String action(Action action) {
        if (action instanceof Action.Load load) {
            return setField(load.value(), null, load.destination());
        }
        if (action instanceof Action.SetField set) {
            return setField(set.value(), set.mask(), set.field());
        }
        if (action instanceof Action.PopVlan) {
            return "pop_vlan";
        }
        if (action instanceof Action.Modify modify && modify.name().equals("mod_vlan_vid")) {
            return "set_field:" + parse(modify.value()).add(BigInteger.valueOf(4096)) + "->vlan_vid";
        }
        if (action instanceof Action.Modify modify && MODIFY_FIELDS.containsKey(modify.name())) {
            return "set_field:" + number(modify.value()) + "->" + MODIFY_FIELDS.get(modify.name());
        }
        if (action instanceof Action.Move move) {
            return "move:" + field(move.source()) + "->" + field(move.destination());
        }
        if (action instanceof Action.Ct ct && ct.exec() != null && !ct.exec().isEmpty()) {
            Action.Ct bare = new Action.Ct(ct.commit(), ct.force(), ct.table(), ct.zone(), ct.zoneField(), ct.nat(),
                    null, ct.alg());
            return FlowPrinter.actions(List.of(bare)) + "+exec(" + actions(ct.exec()) + ")";
        }
        if (action instanceof Action.Clone clone) {
            return "clone(" + actions(clone.actions()) + ")";
        }
        if (action instanceof Action.SetTunnel tunnel) {
            return "set_field:" + number(tunnel.id()) + "->tun_id";
        }
        if (action instanceof Action.Enqueue enqueue) {
            return "set_queue:" + enqueue.queue() + "," + FlowPrinter.actions(List.of(Action.Output.to(enqueue.port())))
                    + ",pop_queue";
        }
        if (action instanceof Action.Controller controller) {
            List<Argument> arguments = new ArrayList<>(controller.arguments());
            arguments.remove(new Argument("max_len", "65535"));
            return FlowPrinter.actions(List.of(new Action.Controller(arguments)));
        }
        if (action instanceof Action.Note note) {
            return "note:" + note.hex().replaceAll("(\\.00)+$", "");
        }
        if (action instanceof Action.Ct ct && ct.exec() != null) {
            return FlowPrinter.actions(List.of(new Action.Ct(ct.commit(), ct.force(), ct.table(), ct.zone(),
                    ct.zoneField(), ct.nat(), null, ct.alg())));
        }
        return FlowPrinter.actions(List.of(action));
    }

    private static String setField(String value, String mask, FieldRef field) {
        String name = FIELD_ALIASES.getOrDefault(field.field(), field.field().toLowerCase(Locale.ROOT)
                .replace("nxm_nx_", "").replace("nxm_of_", "").replace("oxm_of_pkt_reg", "xreg"));
        if (field.start() != null) {
            int bits = field.end() - field.start() + 1;
            BigInteger shifted = parse(value).shiftLeft(field.start());
            BigInteger fieldMask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(field.start());
            return "set_field:" + shifted + "/" + fieldMask + "->" + name;
        }
        return "set_field:" + number(value) + (mask == null ? "" : "/" + number(mask)) + "->" + name;
    }

    private static String field(FieldRef field) {
        String name = FIELD_ALIASES.getOrDefault(field.field(), field.field());
        return field.start() == null ? name : name + "[" + field.start() + ".." + field.end() + "]";
    }

    private static String ctState(String value) {
        TreeSet<String> flags = new TreeSet<>();
        int at = 0;
        while (at < value.length()) {
            int next = at + 1;
            while (next < value.length() && value.charAt(next) != '+' && value.charAt(next) != '-') {
                next++;
            }
            flags.add(value.substring(at, next));
            at = next;
        }
        return String.join("", flags);
    }

    private static String number(String value) {
        if (value == null) {
            return "";
        }
        try {
            return parse(value).toString();
        } catch (NumberFormatException e) {
            return value.toLowerCase(Locale.ROOT);
        }
    }

    /** A number as written in hex, decimal, MAC or IPv4 notation; registers reach 128 bits (xxreg). */
    private static BigInteger parse(String value) {
        if (value.equalsIgnoreCase("any")) {
            return BigInteger.valueOf(0xffff);
        }
        if (value.matches("\\p{XDigit}{2}(:\\p{XDigit}{2}){5}")) {
            return new BigInteger(value.replace(":", ""), 16);
        }
        if (value.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            long address = 0;
            for (String part : value.split("\\.")) {
                address = address << 8 | Integer.parseInt(part);
            }
            return BigInteger.valueOf(address);
        }
        return value.startsWith("0x") ? new BigInteger(value.substring(2), 16) : new BigInteger(value);
    }
}
