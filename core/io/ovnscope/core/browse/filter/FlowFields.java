package io.ovnscope.core.browse.filter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a filter knows: the flow's own numbers (table, priority, counters...) and the OpenFlow match
 * fields of ovs-fields(7), with the aliases OVS prints one field under. A name outside them is refused,
 * because a typo that silently matches nothing is worse than an error.
 */
final class FlowFields {
    /** The flow's own attributes, in the order completion offers them. */
    static final List<String> FLOW_KEYS = List.of("table", "priority", "cookie", "n_packets", "n_bytes",
            "duration", "idle_age", "hard_age", "idle_timeout", "hard_timeout", "importance");

    /** Protocol shorthands a match can hold as a bare word. */
    static final List<String> SHORTHANDS = List.of("ip", "ipv6", "icmp", "icmp6", "tcp", "tcp6", "udp", "udp6",
            "sctp", "sctp6", "arp", "rarp", "mpls", "mplsm", "eth", "nsh");

    /** Names of one field that OVS may print either way: a filter on one finds the other. */
    private static final Map<String, List<String>> ALIASES = aliases(
            List.of("nw_src", "ip_src"), List.of("nw_dst", "ip_dst"), List.of("dl_src", "eth_src"),
            List.of("dl_dst", "eth_dst"), List.of("dl_type", "eth_type"), List.of("nw_proto", "ip_proto"),
            List.of("nw_frag", "ip_frag"), List.of("tun_id", "tunnel_id"), List.of("nw_ecn", "ip_ecn"),
            List.of("ipv6_src", "ip6_src"), List.of("ipv6_dst", "ip6_dst"),
            List.of("tp_src", "tcp_src", "udp_src", "sctp_src"), List.of("tp_dst", "tcp_dst", "udp_dst", "sctp_dst"));

    private static final Set<String> MATCH_FIELDS = Set.of(
            "in_port", "in_port_oxm", "skb_priority", "pkt_mark", "actset_output", "packet_type", "recirc_id",
            "dp_hash", "conj_id", "metadata", "tun_id", "tunnel_id", "tun_src", "tun_dst", "tun_ipv6_src",
            "tun_ipv6_dst", "tun_gbp_id", "tun_gbp_flags", "tun_flags", "tun_erspan_ver", "tun_erspan_idx",
            "tun_erspan_dir", "tun_erspan_hwid", "tun_gtpu_flags", "tun_gtpu_msgtype", "ct_state", "ct_zone",
            "ct_mark", "ct_label", "ct_nw_src", "ct_nw_dst", "ct_ipv6_src", "ct_ipv6_dst", "ct_nw_proto",
            "ct_tp_src", "ct_tp_dst", "dl_src", "dl_dst", "dl_type", "eth_src", "eth_dst", "eth_type", "dl_vlan",
            "dl_vlan_pcp", "vlan_tci", "vlan_vid", "vlan_pcp", "mpls_label", "mpls_tc", "mpls_bos", "mpls_ttl",
            "nw_src", "nw_dst", "ip_src", "ip_dst", "ipv6_src", "ipv6_dst", "ip6_src", "ip6_dst", "ipv6_label",
            "nw_proto", "ip_proto", "nw_ttl", "nw_frag", "ip_frag", "nw_tos", "ip_dscp", "nw_ecn", "ip_ecn",
            "arp_op", "arp_spa", "arp_tpa", "arp_sha", "arp_tha", "tp_src", "tp_dst", "tcp_src", "tcp_dst",
            "tcp_flags", "udp_src", "udp_dst", "sctp_src", "sctp_dst", "icmp_type", "icmp_code", "icmpv6_type",
            "icmpv6_code", "nd_target", "nd_sll", "nd_tll", "nd_reserved", "nd_options_type", "ipv6_exthdr",
            "nsh_flags", "nsh_ttl", "nsh_mdtype", "nsh_np", "nsh_spi", "nsh_si", "nsh_c1", "nsh_c2", "nsh_c3",
            "nsh_c4");

    private FlowFields() {
    }

    static boolean isFlowKey(String name) {
        return FLOW_KEYS.contains(name);
    }

    /** Whether a match can hold this name: a field of ovs-fields(7), a numbered register, or a shorthand. */
    static boolean isMatchName(String name) {
        return MATCH_FIELDS.contains(name) || SHORTHANDS.contains(name) || numbered(name)
                || name.startsWith("NXM_") || name.startsWith("OXM_");
    }

    /** Every name the match may print the field under, the given one first. */
    static List<String> spellings(String name) {
        return ALIASES.getOrDefault(name, List.of(name));
    }

    /** Names for completion: flow keys first, then match fields, then shorthands. */
    static List<String> completionNames() {
        List<String> names = new ArrayList<>(FLOW_KEYS);
        names.add(FilterParser.ACTIONS);
        MATCH_FIELDS.stream().sorted().forEach(names::add);
        for (int i = 0; i < 16; i++) {
            names.add("reg" + i);
        }
        SHORTHANDS.forEach(names::add);
        return names;
    }

    /** The closest known name, for "did you mean"; null when nothing is close. */
    static String closest(String name) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : completionNames()) {
            int distance = distance(name, candidate, bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean numbered(String name) {
        return number(name, "reg", 15) || number(name, "xreg", 7) || number(name, "xxreg", 3)
                || number(name, "tun_metadata", 63);
    }

    private static boolean number(String name, String prefix, int max) {
        if (!name.startsWith(prefix) || name.length() == prefix.length() || name.length() > prefix.length() + 2) {
            return false;
        }
        int value = 0;
        for (int i = prefix.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value <= max && !(name.length() > prefix.length() + 1 && name.charAt(prefix.length()) == '0');
    }

    /** Edit distance, given up once it reaches {@code limit} (names are short; this stays cheap). */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    @SafeVarargs
    private static Map<String, List<String>> aliases(List<String>... groups) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (List<String> group : groups) {
            for (String name : group) {
                List<String> spellings = new ArrayList<>();
                spellings.add(name);
                group.stream().filter(other -> !other.equals(name)).forEach(spellings::add);
                map.put(name, List.copyOf(spellings));
            }
        }
        return Map.copyOf(map);
    }
}
