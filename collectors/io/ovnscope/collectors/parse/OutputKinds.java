package io.ovnscope.collectors.parse;

import static io.ovnscope.collectors.parse.OutputKind.Signature.of;

import io.ovnscope.collectors.parse.host.IpAddressJsonParser;
import io.ovnscope.collectors.parse.host.IpAddressTextParser;
import io.ovnscope.collectors.parse.host.IpRouteParser;
import io.ovnscope.collectors.parse.host.IpRuleParser;
import io.ovnscope.collectors.parse.host.IptablesListingParser;
import io.ovnscope.collectors.parse.host.IptablesSaveParser;
import io.ovnscope.collectors.parse.k8s.KubernetesJsonParser;
import io.ovnscope.collectors.parse.openflow.BridgeListParser;
import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.collectors.parse.openflow.OfctlShowParser;
import io.ovnscope.collectors.parse.openflow.VsctlShowParser;
import io.ovnscope.collectors.parse.ovn.EntityListParser;
import io.ovnscope.collectors.parse.ovn.LoadBalancerListParser;
import io.ovnscope.collectors.parse.ovn.NatListParser;
import io.ovnscope.collectors.parse.ovn.NbctlShowParser;
import io.ovnscope.collectors.parse.ovn.OvsdbMapParser;
import io.ovnscope.collectors.parse.ovn.OvsdbRowsParser;
import io.ovnscope.collectors.parse.ovn.PolicyListParser;
import io.ovnscope.collectors.parse.ovn.RouteListParser;
import io.ovnscope.collectors.parse.ovn.SbctlShowParser;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every kind of raw output ovnscope reads: its name, parser, typical lines and the commands that print it.
 * Order matters twice: a pasted command goes to the first kind whose command pattern matches, and equal
 * recognition scores go to the earlier kind.
 */
public final class OutputKinds {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private OutputKinds() {
    }

    public static List<OutputKind> all() {
        FlowDumpParser flows = new FlowDumpParser();
        return List.of(
                kind("ofctl-flows", "ovs-ofctl [-O OpenFlow1x] dump-flows BRIDGE", flows,
                        List.of(of("^(NXST|OFPST)_FLOW reply", 1000),
                                of("^\\s*cookie=0x[0-9a-f]+, duration=", 50), of("\\bactions=", 5),
                                // A failed dump: OVS's log line and ovs-ofctl's own error.
                                of("^\\S+\\|\\d+\\|vconn\\|", 30), of("^ovs-ofctl: ", 30)),
                        "\\bovs-ofctl\\b(.*\\s)?dump-flows\\b"),
                kind("appctl-flows", "ovs-appctl bridge/dump-flows [--offload-stats] BRIDGE", flows,
                        List.of(of("^(table_id=\\d+, )?duration=\\d+s, n_packets=", 60), of(",actions=", 10)),
                        "\\bovs-appctl\\b(.*\\s)?bridge/dump-flows\\b"),
                kind("ofctl-show", "ovs-ofctl show BRIDGE", new OfctlShowParser(),
                        List.of(of("^OFPT_FEATURES_REPLY", 1000), of("^ \\S+\\(\\S+\\): addr:", 30),
                                of("^\\s+(config|state|speed):", 5)),
                        "\\bovs-ofctl\\b(.*\\s)?show\\b"),
                kind("vsctl-show", "ovs-vsctl show", new VsctlShowParser(),
                        List.of(of("^\\s+Bridge \\S+", 40), of("^\\s+(Port|Interface) \\S+", 10),
                                of("^\\s+ovs_version: ", 100)),
                        "\\bovs-vsctl\\b(.*\\s)?show\\b|\\bvsctl\\b(.*\\s)?show\\b"),
                kind("bridge-list", "ovs-vsctl list-br", new BridgeListParser(),
                        List.of(),
                        "\\bovs-vsctl\\b(.*\\s)?list-br\\b"),
                kind("nb-lb-list", "ovn-nbctl ls-lb-list / lr-lb-list / lb-list", new LoadBalancerListParser(),
                        List.of(of("^UUID\\s+LB\\s+PROTO\\s+VIP\\s+IPs", 100),
                                of("^" + UUID + "\\s+\\S+\\s+(tcp|udp|sctp)?\\s+\\S+:\\d+\\s+\\S+", 20)),
                        "\\bnbctl\\b.*\\b(ls-lb-list|lr-lb-list|lb-list)\\b"),
                kind("nb-routes", "ovn-nbctl lr-route-list", new RouteListParser(),
                        List.of(of("^IPv[46] Routes$", 60), of("^Route Table <", 40),
                                of("^\\s+\\S+/\\d+\\s+\\S+\\s+(dst-ip|src-ip)", 20)),
                        "\\blr-route-list\\b"),
                kind("nb-policies", "ovn-nbctl lr-policy-list", new PolicyListParser(),
                        List.of(of("^Routing Policies$", 100), of("^\\s+\\d+\\s+\\S.*\\s(allow|drop|reroute)\\b", 20)),
                        "\\blr-policy-list\\b"),
                kind("nb-nat", "ovn-nbctl lr-nat-list", new NatListParser(),
                        List.of(of("^TYPE\\s+GATEWAY_PORT\\s+EXTERNAL_IP", 100),
                                of("^(snat|dnat|dnat_and_snat)\\s+\\S", 20)),
                        "\\blr-nat-list\\b"),
                kind("nb-entities", "ovn-nbctl ls-list / lr-list / lsp-list / lrp-list", new EntityListParser(),
                        List.of(of("^" + UUID + " \\(\\S+\\)$", 30)),
                        "\\bnbctl\\b.*\\b(ls|lr|lsp|lrp)-list\\b"),
                kind("nb-show", "ovn-nbctl show", new NbctlShowParser(),
                        List.of(of("^(switch|router) \\S+ \\(", 40), of("^\\s+port \\S+", 3),
                                of("^\\s+(mac|networks|addresses|router-port|type): ", 5)),
                        "\\bnbctl\\b(.*\\s)?show\\b"),
                kind("nb-list", "ovn-nbctl [--format=json] list TABLE", new OvsdbRowsParser(),
                        List.of(of("^\\{\"(data|headings)\"", 1000), of("^_uuid\\s+: " + UUID, 40),
                                of("^[a-z_]+\\s+: ", 3)),
                        "\\b[ns]bctl\\b(.*\\s)?(list|find)\\s"),
                kind("nb-map", "ovn-nbctl get TABLE RECORD COLUMN (a map)", new OvsdbMapParser(),
                        List.of(of("^\\{[\\w:.-]+=", 30)),
                        "\\bnbctl\\b(.*\\s)?get\\s"),
                kind("sb-show", "ovn-sbctl show", new SbctlShowParser(),
                        List.of(of("^Chassis \"?[\\w.-]+\"?$", 60), of("^\\s+Encap \\w+", 20),
                                of("^\\s+Port_Binding ", 10)),
                        "\\bsbctl\\b(.*\\s)?show\\b"),
                kind("iptables-save", "iptables-save / ip6tables-save (also iptables -S)", new IptablesSaveParser(),
                        List.of(of("^# Generated by ip6?tables-save", 100), of("^\\*(nat|filter|mangle|raw|security)$", 50),
                                of("^:\\S+ (ACCEPT|DROP|-) \\[\\d+:\\d+\\]", 20), of("^COMMIT$", 20),
                                of("^-[AN] \\S+", 10)),
                        "\\bip6?tables-save\\b|\\bip6?tables\\b(.*\\s)?-S\\b"),
                kind("iptables-list", "iptables -nvL (the listing form)", new IptablesListingParser(),
                        List.of(of("^Chain \\S+ \\((policy \\w+|\\d+ references)", 50),
                                of("^\\s*pkts\\s+bytes\\s+target", 30), of("^target\\s+prot\\s+opt", 30)),
                        "\\bip6?tables\\b(.*\\s)?-[a-zA-Z]*L"),
                kind("ip-route", "ip route [show table all]", new IpRouteParser(),
                        List.of(of("^(default|local|broadcast|multicast|unreachable|blackhole|prohibit|[0-9a-f.:]+(/\\d+)?)"
                                + " (.* )?(dev|via) \\S", 10), of("\\bproto (kernel|static|dhcp|boot|ra)\\b", 5)),
                        "\\bip (-\\S+ )*r(o(u(te?)?)?)?\\b"),
                kind("ip-rule", "ip rule", new IpRuleParser(),
                        List.of(of("^\\d+:\\s+(not )?from \\S+", 20)),
                        "\\bip (-\\S+ )*ru(le?)?\\b"),
                kind("ip-addr-json", "ip -j addr", new IpAddressJsonParser(),
                        List.of(of("\"ifname\"\\s*:", 30), of("\"addr_info\"", 30)),
                        "\\bip (-\\S+ )*-j(son)?\\b(.*\\s)?a(d(d(r(e(ss?)?)?)?)?)?\\b"),
                kind("ip-addr", "ip addr / ip -d address", new IpAddressTextParser(),
                        List.of(of("^\\d+: \\S+: <[A-Z_,-]*> mtu", 40), of("^\\s+inet6? \\S+/\\d+", 10),
                                of("^\\s+link/\\w+", 10)),
                        "\\bip (-\\S+ )*a(d(d(r(e(ss?)?)?)?)?)?\\b"),
                kind("kubectl-json", "kubectl / oc get ... -o json", new KubernetesJsonParser(),
                        List.of(of("\"apiVersion\"\\s*:", 20),
                                of("\"kind\"\\s*:\\s*\"(List|PodList|ServiceList|EndpointsList|NodeList|Pod|Service|Endpoints|Node)\"", 40)),
                        "\\b(kubectl|oc)\\b.*-o\\s*json\\b"));
    }

    private static OutputKind kind(String name, String description, OutputParser<?> parser,
                                   List<OutputKind.Signature> signatures, String command) {
        return new OutputKind(name, description, parser, signatures, List.of(Pattern.compile(command)));
    }
}
