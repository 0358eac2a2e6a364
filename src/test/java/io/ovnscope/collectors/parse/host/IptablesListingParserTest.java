package io.ovnscope.collectors.parse.host;

import io.ovnscope.testing.ClasspathFixtures;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class IptablesListingParserTest {
    private static final String KUBE_PROXY = "realdata/10-iptables-t-nat-nvL--k8s-canal-kube-proxy-node.txt";

    private static IptablesRule ruleAt(IptablesTable table, int line) {
        return table.rules().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    @Test
    void kubeProxyListingHasAllChainsAndRulesAndOnlyTheStatisticFreeTextIsClean() {
        Parsed<IptablesTable> parsed = new IptablesListingParser("nat").parse(ClasspathFixtures.read(KUBE_PROXY));

        assertThat(parsed.problems()).isEmpty();
        IptablesTable nat = parsed.items().get(0);
        assertThat(nat.name()).contains("nat");
        assertThat(nat.chains()).hasSize(31);
        assertThat(nat.rules()).hasSize(66);
        assertThat(nat.chains()).filteredOn(c -> c.name().startsWith("KUBE-SEP-")).hasSize(11);
        IptablesChain prerouting = nat.chain("PREROUTING").orElseThrow();
        assertThat(prerouting.policy()).contains("ACCEPT");
        assertThat(prerouting.counters()).contains(Counters.of(264, 17674));
        assertThat(nat.chain("KUBE-MARK-MASQ").orElseThrow().references()).isEqualTo(OptionalInt.of(21));
        assertThat(nat.chain("KUBE-MARK-MASQ").orElseThrow().builtIn()).isFalse();
    }

    @Test
    void kubeProxyRulesAreData() {
        IptablesTable nat = new IptablesListingParser("nat").parse(ClasspathFixtures.read(KUBE_PROXY)).items().get(0);

        IptablesRule portals = ruleAt(nat, 3);
        assertThat(portals.counters()).contains(Counters.of(1219, 75366));
        assertThat(portals.comment()).contains("kubernetes service portals");
        assertThat(portals.target()).isEqualTo(new RuleTarget.Jump("KUBE-SERVICES", false));

        assertThat(ruleAt(nat, 16).matches()).containsExactly(
                new RuleMatch.Address(Direction.SOURCE, false, "10.1.0.0/16"),
                new RuleMatch.Address(Direction.DESTINATION, true, "224.0.0.0/4"));
        assertThat(ruleAt(nat, 16).target()).isEqualTo(new RuleTarget.Masquerade(Optional.empty(), List.of("random-fully")));
        assertThat(ruleAt(nat, 22).target()).isEqualTo(new RuleTarget.SetMark(MarkOperation.OR, 0x8000, 0x8000));
        assertThat(ruleAt(nat, 33).matches()).containsExactly(new RuleMatch.Mark(false, true, 0x4000, 0x4000));
        assertThat(ruleAt(nat, 33).target()).isEqualTo(new RuleTarget.Verdict(VerdictKind.RETURN));

        IptablesRule dnat = ruleAt(nat, 43);
        assertThat(dnat.matches()).containsExactly(new RuleMatch.Protocol(false, "tcp"),
                new RuleMatch.Comment("kube-system/kube-dns:dns-tcp"));
        assertThat(dnat.target()).isEqualTo(new RuleTarget.Dnat(
                List.of(NatRange.to("10.1.7.3", PortRange.single(53))), List.of()));

        IptablesRule clusterIp = ruleAt(nat, 102);
        assertThat(clusterIp.matches()).containsExactly(new RuleMatch.Protocol(false, "udp"),
                new RuleMatch.Address(Direction.DESTINATION, false, "10.152.183.6"),
                new RuleMatch.Comment("kube-system/kube-dns:dns cluster IP"),
                new RuleMatch.Port(Direction.DESTINATION, false, PortRange.single(53)));

        assertThat(ruleAt(nat, 107).matches()).contains(
                new RuleMatch.AddressType(Direction.DESTINATION, false, List.of("LOCAL")));
        assertThat(ruleAt(nat, 112).matches()).contains(
                new RuleMatch.Statistic(false, "random", OptionalDouble.of(0.5), OptionalInt.empty(), OptionalInt.empty()));
    }

    @Test
    void capturedNfTablesListingPrintsProtocolNumbersThatAreReadAsNames() {
        Parsed<IptablesTable> parsed = new IptablesListingParser("nat")
                .parse(ClasspathFixtures.read("captured/host/iptables-t-nat-nvL.txt"));

        assertThat(parsed.problems()).isEmpty();
        IptablesTable nat = parsed.items().get(0);
        assertThat(nat.chains()).extracting(IptablesChain::name).containsExactly("PREROUTING", "INPUT", "OUTPUT",
                "POSTROUTING", "OVN-KUBE-NODEPORT", "OVN-KUBE-SNAT-MGMTPORT");
        assertThat(nat.rules()).hasSize(6);
        assertThat(nat.chain("OUTPUT").orElseThrow().counters()).contains(Counters.of(5, 260));
        assertThat(ruleAt(nat, 10).counters()).contains(Counters.of(6, 320));
        assertThat(ruleAt(nat, 15).matches()).containsExactly(
                new RuleMatch.Interface(InterfaceDirection.OUT, false, "ovn-k8s-mp0"));

        IptablesRule nodePort = ruleAt(nat, 19);
        assertThat(nodePort.matches()).containsExactly(new RuleMatch.Protocol(false, "tcp"),
                new RuleMatch.AddressType(Direction.DESTINATION, false, List.of("LOCAL")),
                new RuleMatch.Port(Direction.DESTINATION, false, PortRange.single(30700)));
        assertThat(nodePort.target()).isEqualTo(new RuleTarget.Dnat(
                List.of(NatRange.to("10.43.19.182", PortRange.single(7000))), List.of()));
        assertThat(ruleAt(nat, 23).comment()).contains("OVN SNAT to Management Port");
        assertThat(ruleAt(nat, 23).target()).isEqualTo(new RuleTarget.Snat(
                List.of(NatRange.to("10.42.0.2", null)), List.of()));
    }

    @Test
    void listingWithoutTableHasNoName() {
        Parsed<IptablesTable> parsed = new IptablesListingParser()
                .parse(ClasspathFixtures.read("captured/host/iptables-t-nat-nvL.txt"));
        assertThat(parsed.items().get(0).name()).isEmpty();
    }

    @Test
    void abbreviatedCountersBlankTargetsGotoAndStrayLines() {
        String text = String.join("\n",
                "$ iptables -nvL FORWARD",
                "Chain FORWARD (policy DROP 12K packets, 3M bytes)",
                " pkts bytes target     prot opt in     out     source               destination",
                "   10   600            all  --  eth0   *       0.0.0.0/0            0.0.0.0/0",
                "    1    60 KUBE-FW    tcp  --  *      *       0.0.0.0/0            0.0.0.0/0            [goto]  multiport dports 80,443",
                "    1    60 LOG        all  --  *      *       0.0.0.0/0            0.0.0.0/0            LOG flags 0 level 4",
                "garbage");
        Parsed<IptablesTable> parsed = new IptablesListingParser().parse(text);
        IptablesTable table = parsed.items().get(0);

        assertThat(table.chain("FORWARD").orElseThrow().counters())
                .contains(new Counters(12_000, 3_000_000, false));
        assertThat(ruleAt(table, 4).target()).isEqualTo(new RuleTarget.CountOnly());
        assertThat(ruleAt(table, 4).matches()).containsExactly(
                new RuleMatch.Interface(InterfaceDirection.IN, false, "eth0"));
        assertThat(ruleAt(table, 5).target()).isEqualTo(new RuleTarget.Jump("KUBE-FW", true));
        assertThat(ruleAt(table, 5).matches()).contains(new RuleMatch.Multiport(Direction.DESTINATION, false,
                List.of(PortRange.single(80), PortRange.single(443))));
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1, 6, 6, 7);
    }
}
