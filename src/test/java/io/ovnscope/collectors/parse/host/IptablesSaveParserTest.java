package io.ovnscope.collectors.parse.host;

import io.ovnscope.testing.ClasspathFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ovnscope.core.model.host.Counters;
import io.ovnscope.core.model.host.Direction;
import io.ovnscope.core.model.host.InterfaceDirection;
import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.host.MarkOperation;
import io.ovnscope.core.model.host.NatRange;
import io.ovnscope.core.model.host.PortRange;
import io.ovnscope.core.model.host.RuleMatch;
import io.ovnscope.core.model.host.RuleTarget;
import io.ovnscope.core.model.host.VerdictKind;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IptablesSaveParserTest {
    private final IptablesSaveParser parser = new IptablesSaveParser();

    private static IptablesRule ruleAt(IptablesTable table, int line) {
        return table.rules().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    @Test
    void neutronRouterSaveHasFourTablesWithTheirChainsAndRules() {
        Parsed<IptablesTable> parsed = parser.parse(ClasspathFixtures.read("realdata/07-iptables-save--neutron-qrouter-netns.txt"));

        assertThat(parsed.items()).extracting(t -> t.name().orElseThrow())
                .containsExactly("raw", "nat", "mangle", "filter");
        assertThat(parsed.items()).allMatch(IptablesTable::committed);
        assertThat(parsed.items()).extracting(t -> t.chains().size()).containsExactly(4, 10, 14, 9);
        assertThat(parsed.items()).extracting(t -> t.rules().size()).containsExactly(2, 10, 13, 11);
        IptablesChain prerouting = parsed.items().get(0).chain("PREROUTING").orElseThrow();
        assertThat(prerouting.policy()).contains("ACCEPT");
        assertThat(prerouting.counters()).contains(Counters.of(473, 46354));
        assertThat(parsed.items().get(1).chain("neutron-l3-agent-snat").orElseThrow().builtIn()).isFalse();
    }

    @Test
    void neutronNatRulesAreData() {
        IptablesTable nat = parser.parse(ClasspathFixtures.read("realdata/07-iptables-save--neutron-qrouter-netns.txt"))
                .items().get(1);

        IptablesRule notDnat = ruleAt(nat, 27);
        assertThat(notDnat.matches()).containsExactly(
                new RuleMatch.Interface(InterfaceDirection.OUT, true, "rfp-984c22fd-6"),
                new RuleMatch.Conntrack("ctstate", true, "DNAT"));
        assertThat(notDnat.target()).isEqualTo(new RuleTarget.Verdict(VerdictKind.ACCEPT));

        IptablesRule metadata = ruleAt(nat, 28);
        assertThat(metadata.matches()).contains(
                new RuleMatch.Address(Direction.DESTINATION, false, "169.254.169.254/32"),
                new RuleMatch.Port(Direction.DESTINATION, false, PortRange.single(80)));
        assertThat(metadata.matches(RuleMatch.Interface.class).get(0).matches("qr-3a70b31c-3f")).isTrue();
        assertThat(metadata.target()).isEqualTo(new RuleTarget.Redirect(Optional.of(PortRange.single(9697)), List.of()));

        assertThat(ruleAt(nat, 29).target()).isEqualTo(new RuleTarget.Dnat(
                List.of(NatRange.to("192.168.21.18", null)), List.of()));
        assertThat(ruleAt(nat, 30).target()).isEqualTo(new RuleTarget.Snat(
                List.of(NatRange.to("10.100.0.203", null)), List.of("random-fully")));
        assertThat(ruleAt(nat, 31).target()).isEqualTo(new RuleTarget.Jump("neutron-l3-agent-float-snat", false));
        assertThat(ruleAt(nat, 32).comment()).contains("Perform source NAT on outgoing traffic.");
    }

    @Test
    void neutronMarksAndTheUnmodelledConnmarkTargetIsReported() {
        Parsed<IptablesTable> parsed = parser.parse(ClasspathFixtures.read("realdata/07-iptables-save--neutron-qrouter-netns.txt"));
        IptablesTable mangle = parsed.items().get(2);
        IptablesTable filter = parsed.items().get(3);

        assertThat(ruleAt(mangle, 58).matches()).containsExactly(new RuleMatch.Mark(true, true, 0, 0xffff0000L));
        assertThat(ruleAt(mangle, 58).target()).isInstanceOf(RuleTarget.Other.class);
        assertThat(ruleAt(mangle, 60).target()).isEqualTo(new RuleTarget.SetMark(MarkOperation.SET_XMARK, 1, 0xffff));
        assertThat(ruleAt(filter, 84).matches()).containsExactly(new RuleMatch.Mark(false, false, 1, 0xffff));
        assertThat(ruleAt(filter, 85).target()).isEqualTo(new RuleTarget.Verdict(VerdictKind.DROP));

        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(58, 61);
        assertThat(parsed.problems()).allMatch(p -> p.reason().contains("CONNMARK"));
    }

    @Test
    void editedOvnKubernetesSaveReportsPromptElisionsLostNatHeaderAndUndeclaredChains() {
        Parsed<IptablesTable> parsed = parser.parse(
                ClasspathFixtures.read("realdata/28-iptables-save--ovn-kubernetes-egressip-EDITED.txt"));

        IptablesTable mangle = parsed.items().get(0);
        assertThat(parsed.items()).hasSize(1);
        assertThat(mangle.name()).contains("mangle");
        assertThat(mangle.rules()).hasSize(9);
        assertThat(mangle.chain("OUTPUT").orElseThrow().counters()).contains(Counters.of(11270, 1030982));

        assertThat(ruleAt(mangle, 18).target()).isEqualTo(
                new RuleTarget.Masquerade(Optional.empty(), List.of("random-fully")));
        assertThat(ruleAt(mangle, 22).matches()).containsExactly(
                new RuleMatch.Mark(false, false, 0x3f0, 0xffffffffL), new RuleMatch.Comment("DoNotSNAT"));
        assertThat(ruleAt(mangle, 23).comment()).contains("OVN SNAT to Management Port");
        assertThat(ruleAt(mangle, 23).target()).isEqualTo(
                new RuleTarget.Snat(List.of(NatRange.to("10.244.2.2", null)), List.of()));

        assertThat(parsed.problems()).filteredOn(p -> p.reason().contains("shell prompt"))
                .extracting(Problem::line).containsExactly(1);
        assertThat(parsed.problems()).filteredOn(p -> p.reason().contains("elision"))
                .extracting(Problem::line).containsExactly(8, 12, 19, 21, 25);
        assertThat(parsed.problems()).filteredOn(p -> p.reason().contains("only valid in the nat table"))
                .extracting(Problem::line).containsExactly(18, 20, 23);
        // The doc declares OVN-KUBE-EGRESS-IP-Multi-NIC but its rules use OVN-KUBE-EGRESS-IP-MULTI-NIC.
        assertThat(parsed.problems()).filteredOn(p -> p.reason().contains("never declared"))
                .extracting(Problem::line).containsExactly(13, 17, 20, 23);
    }

    @Test
    void grepdSeedBlocksAreReadWithoutTableAndSayTheHeaderIsMissing() {
        Parsed<IptablesTable> nodePort = parser.parse(
                ClasspathFixtures.read("seed/iptables-save-t-nat-grep-OVN-KUBE-NODEPORT-FILTERED.txt"));

        assertThat(nodePort.items()).hasSize(1);
        IptablesTable table = nodePort.items().get(0);
        assertThat(table.name()).isEmpty();
        assertThat(table.chains()).extracting(IptablesChain::name, IptablesChain::declared).containsExactly(
                tuple("OVN-KUBE-NODEPORT", true), tuple("PREROUTING", false), tuple("OUTPUT", false));
        IptablesRule dnat = table.chain("OVN-KUBE-NODEPORT").orElseThrow().rules().get(0);
        assertThat(dnat.matches()).containsExactly(
                new RuleMatch.Protocol(false, "tcp"),
                new RuleMatch.AddressType(Direction.DESTINATION, false, List.of("LOCAL")),
                new RuleMatch.Port(Direction.DESTINATION, false, PortRange.single(30700)));
        assertThat(dnat.target()).isEqualTo(new RuleTarget.Dnat(
                List.of(NatRange.to("10.43.19.182", PortRange.single(7000))), List.of()));
        assertThat(nodePort.problems()).extracting(Problem::line, p -> p.reason().startsWith("no table header"))
                .containsExactly(tuple(1, false), tuple(2, true));
        assertThat(nodePort.problems().get(0).reason()).contains("shell prompt");

        Parsed<IptablesTable> masquerade = parser.parse(
                ClasspathFixtures.read("seed/iptables-save-t-nat-grep-MASQUERADE-FILTERED.txt"));
        IptablesRule rule = masquerade.items().get(0).rules().get(0);
        assertThat(rule.matches()).containsExactly(new RuleMatch.Address(Direction.SOURCE, false, "10.42.0.0/24"));
        assertThat(rule.target()).isEqualTo(new RuleTarget.Masquerade(Optional.empty(), List.of()));

        Parsed<IptablesTable> mgmt = parser.parse(
                ClasspathFixtures.read("seed/iptables-save-t-nat-grep-ovn-k8s-mp0-FILTERED.txt"));
        assertThat(mgmt.items().get(0).rules()).extracting(IptablesRule::line).containsExactly(2, 3);
        assertThat(mgmt.items().get(0).rules().get(1).comment()).contains("OVN SNAT to Management Port");
        assertThat(mgmt.problems()).extracting(Problem::line).containsExactly(1, 2);
    }

    @Test
    void capturedSaveWithCountersOnRules() {
        Parsed<IptablesTable> parsed = parser.parse(ClasspathFixtures.read("captured/host/iptables-save-c.txt"));

        assertThat(parsed.problems()).isEmpty();
        IptablesTable nat = parsed.items().get(0);
        assertThat(nat.name()).contains("nat");
        assertThat(nat.chains()).hasSize(6);
        assertThat(nat.chain("OUTPUT").orElseThrow().counters()).contains(Counters.of(5, 260));
        assertThat(ruleAt(nat, 10).counters()).contains(Counters.of(6, 320));
        assertThat(ruleAt(nat, 13).counters()).contains(Counters.of(1, 60));
        assertThat(ruleAt(nat, 13).target()).isInstanceOf(RuleTarget.Dnat.class);
        assertThat(ruleAt(nat, 14).matches()).containsExactly(
                new RuleMatch.Interface(InterfaceDirection.OUT, false, "ovn-k8s-mp0"),
                new RuleMatch.Comment("OVN SNAT to Management Port"));
    }

    @Test
    void capturedNatSaveIsClean() {
        Parsed<IptablesTable> parsed = parser.parse(ClasspathFixtures.read("captured/host/iptables-save-t-nat.txt"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).hasSize(1);
        assertThat(parsed.items().get(0).rules()).hasSize(6);
        assertThat(parsed.items().get(0).rules()).allMatch(r -> r.counters().isEmpty());
    }

    @Test
    void handWrittenRuleShapes() {
        String text = String.join("\n",
                "*filter",
                ":INPUT DROP [1:2]",
                "-A INPUT -p udp -m multiport --dports 53,5353:5360 -j ACCEPT",
                "-A INPUT -m set ! --match-set KUBE-SVC src,dst -g KUBE-X",
                "-A INPUT -m statistic --mode random --probability 0.25000000000 -j KUBE-SEP-A",
                "-A INPUT -m comment --comment \"say \\\"hi\\\"\" -m conntrack --ctorigdst 10.0.0.1 -j REJECT --reject-with icmp-port-unreachable",
                "-A INPUT -m physdev --physdev-in eth0 -j LOG --log-prefix x",
                "-A INPUT -j MARK --or-mark 0x4000",
                "COMMIT");
        Parsed<IptablesTable> parsed = parser.parse(text);
        IptablesTable filter = parsed.items().get(0);

        assertThat(ruleAt(filter, 3).matches()).contains(new RuleMatch.Multiport(Direction.DESTINATION, false,
                List.of(PortRange.single(53), new PortRange(5353, 5360))));
        assertThat(ruleAt(filter, 4).matches()).containsExactly(
                new RuleMatch.IpSet(true, "KUBE-SVC", List.of(Direction.SOURCE, Direction.DESTINATION)));
        assertThat(ruleAt(filter, 4).target()).isEqualTo(new RuleTarget.Jump("KUBE-X", true));
        assertThat(ruleAt(filter, 5).matches(RuleMatch.Statistic.class).get(0).probability().getAsDouble())
                .isEqualTo(0.25);
        assertThat(ruleAt(filter, 6).comment()).contains("say \"hi\"");
        assertThat(ruleAt(filter, 6).matches()).contains(new RuleMatch.Conntrack("ctorigdst", false, "10.0.0.1"));
        assertThat(ruleAt(filter, 6).target()).isEqualTo(new RuleTarget.Reject(Optional.of("icmp-port-unreachable")));
        assertThat(ruleAt(filter, 7).matches()).containsExactly(
                new RuleMatch.Raw("physdev", false, "--physdev-in", List.of("eth0")));
        assertThat(((RuleTarget.SetMark) ruleAt(filter, 8).target()).apply(0x1)).isEqualTo(0x4001);
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(7, 7);
    }

    @Test
    void aTableWithoutCommitAndStrayLinesAreReported() {
        Parsed<IptablesTable> parsed = parser.parse(
                "*nat\n:POSTROUTING ACCEPT [0:0]\nhello\n-A POSTROUTING -j MASQUERADE --to-ports 1024-\n[...]\n");

        assertThat(parsed.items()).hasSize(1);
        assertThat(parsed.items().get(0).committed()).isFalse();
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(3, 5, 1);
        assertThat(parsed.problems().get(1).reason()).contains("elision");
        assertThat(parsed.items().get(0).rules().get(0).target())
                .isEqualTo(new RuleTarget.Masquerade(Optional.of(new PortRange(1024, 65535)), List.of()));
    }

    @Test
    void windowsLineEndingsReadLikeUnixOnes() {
        String unix = ClasspathFixtures.read("captured/host/iptables-save-c.txt");
        Parsed<IptablesTable> crlf = parser.parse(unix.replace("\n", "\r\n"));

        assertThat(crlf.problems()).isEmpty();
        assertThat(crlf.items()).isEqualTo(parser.parse(unix).items());
    }
}
