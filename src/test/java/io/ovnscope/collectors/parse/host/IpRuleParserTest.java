package io.ovnscope.collectors.parse.host;

import io.ovnscope.testing.ClasspathFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.host.IpRule;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import org.junit.jupiter.api.Test;

class IpRuleParserTest {
    private final IpRuleParser parser = new IpRuleParser();

    @Test
    void editedBgpSessionHasOneRuleToTheCudnTable() {
        Parsed<IpRule> parsed = parser.parse(ClasspathFixtures.read(
                "realdata/29-ovs-ofctl-dump-flows-breth0-ip-route-ip-rule--ovn-kubernetes-bgp-EDITED.txt"));

        assertThat(parsed.items()).hasSize(1);
        IpRule rule = parsed.items().get(0);
        assertThat(rule.line()).isEqualTo(18);
        assertThat(rule.priority()).isEqualTo(2000);
        assertThat(rule.from()).isEqualTo("all");
        assertThat(rule.to()).contains("22.100.0.0/16");
        assertThat(rule.action()).isEqualTo("lookup");
        assertThat(rule.table()).contains("1010");
        // Everything else in the session is a prompt, an elision, a comment, a flow or a route.
        assertThat(parsed.problems()).extracting(Problem::line)
                .containsExactly(1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 15, 16, 17, 19, 21, 22, 23, 24, 25);
    }

    @Test
    void defaultRulesFwmarkNegationAndTerminalActions() {
        Parsed<IpRule> parsed = parser.parse(String.join("\n",
                "0:\tfrom all lookup local",
                "100:\tnot from all fwmark 0x1/0xff iif br-ex lookup 7",
                "200:\tfrom 10.0.0.0/8 blackhole",
                "32766:\tfrom all lookup main",
                "x: from all"));

        assertThat(parsed.items()).extracting(IpRule::priority).containsExactly(0, 100, 200, 32766);
        IpRule marked = parsed.items().get(1);
        assertThat(marked.negated()).isTrue();
        assertThat(marked.fwmark()).contains("0x1/0xff");
        assertThat(marked.inputInterface()).contains("br-ex");
        assertThat(parsed.items().get(2).action()).isEqualTo("blackhole");
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(5);
    }
}
