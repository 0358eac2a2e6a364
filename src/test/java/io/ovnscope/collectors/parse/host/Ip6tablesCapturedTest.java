package io.ovnscope.collectors.parse.host;

import io.ovnscope.testing.ClasspathFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.host.Direction;
import io.ovnscope.core.model.host.InterfaceDirection;
import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.host.NatRange;
import io.ovnscope.core.model.host.PortRange;
import io.ovnscope.core.model.host.RuleMatch;
import io.ovnscope.core.model.host.RuleTarget;
import io.ovnscope.core.model.host.VerdictKind;
import io.ovnscope.core.parse.Parsed;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The same IPv6 rules, read from ip6tables-save and from the listing, give the same data. */
class Ip6tablesCapturedTest {
    private static List<IptablesRule> inputRules(IptablesTable table) {
        return table.chain("INPUT").orElseThrow().rules();
    }

    @Test
    void saveAndListingAgreeOnTheFilterRules() {
        Parsed<IptablesTable> saved = new IptablesSaveParser().parse(ClasspathFixtures.read("captured/host/ip6tables-save.txt"));
        Parsed<IptablesTable> listed = new IptablesListingParser("filter")
                .parse(ClasspathFixtures.read("captured/host/ip6tables-nvL.txt"));

        assertThat(saved.problems()).isEmpty();
        assertThat(listed.problems()).isEmpty();
        assertThat(saved.items()).extracting(t -> t.name().orElseThrow()).containsExactly("filter", "nat");
        for (IptablesTable filter : List.of(saved.items().get(0), listed.items().get(0))) {
            List<IptablesRule> rules = inputRules(filter);
            assertThat(rules).hasSize(4);
            assertThat(rules.get(0).target()).isEqualTo(new RuleTarget.CountOnly());
            assertThat(rules.get(0).matches()).containsExactly(
                    new RuleMatch.Interface(InterfaceDirection.IN, false, "eth0"));
            assertThat(rules.get(1).matches()).contains(new RuleMatch.Protocol(false, "ipv6-icmp"),
                    new RuleMatch.IcmpType(false, "128"));
            assertThat(rules.get(2).matches()).containsExactlyInAnyOrder(
                    new RuleMatch.Conntrack("ctstate", false, "RELATED,ESTABLISHED"),
                    new RuleMatch.Comment("return traffic"));
            assertThat(rules.get(2).target()).isEqualTo(new RuleTarget.Verdict(VerdictKind.ACCEPT));
            assertThat(rules.get(3).matches()).contains(new RuleMatch.Multiport(Direction.DESTINATION, false,
                    List.of(PortRange.single(53), new PortRange(5353, 5360))));
            assertThat(rules.get(3).target()).isEqualTo(new RuleTarget.Reject(Optional.of("icmp6-port-unreachable")));
        }
    }

    @Test
    void bracketedIpv6DnatInBothForms() {
        IptablesTable saved = new IptablesSaveParser().parse(ClasspathFixtures.read("captured/host/ip6tables-save.txt"))
                .items().get(1);
        Parsed<IptablesTable> listed = new IptablesListingParser("nat")
                .parse(ClasspathFixtures.read("captured/host/ip6tables-t-nat-nvL.txt"));

        assertThat(listed.problems()).isEmpty();
        RuleTarget expected = new RuleTarget.Dnat(List.of(NatRange.to("fd00::5", PortRange.single(8080))), List.of());
        assertThat(saved.chain("PREROUTING").orElseThrow().rules().get(0).target()).isEqualTo(expected);
        assertThat(listed.items().get(0).chain("PREROUTING").orElseThrow().rules().get(0).target()).isEqualTo(expected);
        assertThat(listed.items().get(0).chain("POSTROUTING").orElseThrow().rules().get(0).matches())
                .containsExactly(new RuleMatch.Address(Direction.SOURCE, false, "fd00::/64"));
    }
}
