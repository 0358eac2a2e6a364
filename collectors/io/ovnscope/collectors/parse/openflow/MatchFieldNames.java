package io.ovnscope.collectors.parse.openflow;

import java.util.Set;

/**
 * The match field names ovs-ofctl prints and accepts (ovs-fields(7)), so a misspelt or damaged field is
 * reported instead of passing as a match.
 */
final class MatchFieldNames {
    static final Set<String> SHORTHANDS = Set.of(
            "ip", "ipv6", "icmp", "icmp6", "tcp", "tcp6", "udp", "udp6", "sctp", "sctp6", "arp", "rarp",
            "mpls", "mplsm", "ipv4", "eth", "igmp", "dl_type");

    static final String[] NAMES = {
        "in_port", "in_port_oxm", "in_phy_port", "dl_src", "dl_dst", "eth_src", "eth_dst", "dl_type", "eth_type",
        "dl_vlan", "dl_vlan_pcp", "vlan_tci", "vlan_vid", "vlan_pcp", "vlan_tci1", "nw_src", "nw_dst", "ip_src",
        "ip_dst", "nw_proto", "ip_proto", "nw_tos", "ip_dscp", "nw_ecn", "ip_ecn", "nw_ttl", "nw_frag", "ip_frag",
        "tp_src", "tp_dst", "tcp_src", "tcp_dst", "udp_src", "udp_dst", "sctp_src", "sctp_dst", "tcp_flags",
        "icmp_type", "icmp_code", "icmpv6_type", "icmpv6_code", "arp_op", "arp_spa", "arp_tpa", "arp_sha",
        "arp_tha", "ipv6_src", "ipv6_dst", "ipv6_label", "nd_target", "nd_sll", "nd_tll", "nd_reserved",
        "nd_options_type", "metadata", "pkt_mark", "skb_priority", "skb_mark", "recirc_id", "dp_hash",
        "conj_id", "ct_state", "ct_mark", "ct_label", "ct_zone", "ct_nw_src", "ct_nw_dst", "ct_nw_proto",
        "ct_tp_src", "ct_tp_dst", "ct_ipv6_src", "ct_ipv6_dst", "tun_id", "tunnel_id", "tun_src", "tun_dst",
        "tun_ipv6_src", "tun_ipv6_dst", "tun_flags", "tun_gbp_id", "tun_gbp_flags", "tun_tos", "tun_ttl",
        "tun_erspan_ver", "tun_erspan_idx", "tun_erspan_dir", "tun_erspan_hwid", "tun_gtpu_flags",
        "tun_gtpu_msgtype", "mpls_label", "mpls_tc", "mpls_bos", "mpls_ttl", "actset_output", "packet_type",
        "nsh_flags", "nsh_ttl", "nsh_mdtype", "nsh_np", "nsh_spi", "nsh_si", "nsh_c1", "nsh_c2", "nsh_c3",
        "nsh_c4", "ipv6_exthdr", "tun_metadata", "out_port", "out_group"
    };

    private MatchFieldNames() {
    }

    /** True for the numbered families: reg0-15, xreg0-7, xxreg0-3, tun_metadata0-63, NXM_/OXM_ names. */
    static boolean isNumberedOrRaw(String name) {
        if (name.startsWith("NXM_") || name.startsWith("OXM_")) {
            return true;
        }
        return numbered(name, "reg", 15) || numbered(name, "xreg", 7) || numbered(name, "xxreg", 3)
                || numbered(name, "tun_metadata", 63);
    }

    private static boolean numbered(String name, String prefix, int max) {
        if (!name.startsWith(prefix) || name.length() == prefix.length() || name.length() > prefix.length() + 2) {
            return false;
        }
        int number = 0;
        for (int i = prefix.length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            number = number * 10 + (c - '0');
        }
        return number <= max;
    }
}
