package io.ovnscope.core.browse.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.testing.ClasspathFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Filters over a real 110-flow OpenFlow 1.3 br-int dump (realdata 02). Every expected count was read off the
 * fixture with grep, as the comment beside it says.
 */
class FlowFilterTest {
    private static final List<Flow> FLOWS = new FlowDumpParser()
            .read(ClasspathFixtures.realdata("02-ovs-ofctl-O-OpenFlow13-dump-flows-br-int--neutron-ovs-dvr.txt"))
            .flows();

    @Test
    void theFixtureHasAllItsFlows() {
        // grep -c cookie=
        assertThat(FLOWS).hasSize(110);
    }

    @ParameterizedTest(name = "{0} keeps {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                       | 110",  // blank keeps all
        "table=0                                  | 10",   // grep -c 'table=0,'
        "table=72 and priority=74                 | 4",    // grep -c 'table=72,.*priority=74,'
        "n_packets>0                              | 27",   // grep -vc 'n_packets=0,'
        "n_packets=0                              | 83",   // 110 - 27
        "actions has ct                           | 17",   // grep -c 'actions=.*ct('
        "ct_state~=+new-est                       | 15",   // grep -c 'ct_state=+new-est,'
        "ct_state~=+trk                           | 4",    // +trk, +inv+trk twice, +trk in table 81
        "nw_src~=192.168.21.0/24                  | 6",    // grep -c 'nw_src=192.168.21.'
        "nw_src~=192.168.21.18                    | 4",    // the /32 inside: 4 lines name .18
        "dl_dst=fa:16:3e:a7:45:cb                 | 4",    // grep -c
        "eth_dst=FA:16:3E:A7:45:CB                | 4",    // the alias, upper case
        "actions has drop                         | 13",   // grep -c 'actions=drop'
        "ipv6_src~=fe80::/10                      | 5",    // grep -c 'ipv6_src=fe80'
        "in_port=9                                | 15",   // grep -c 'in_port=9[, ]'
        "not (table=71 or table=82)               | 64",   // 110 - 46 (grep -cE ', table=(71|82),')
        "! table=71 && ! table=82                 | 64",   // the same with symbols
        "tcp and tp_dst<100                       | 6",    // tcp with tp_dst 22, 53, 80
        "tcp_dst<=80 and tcp                      | 6",    // tcp_dst is printed tp_dst here
        "actions~=\"resubmit(,94)\"               | 14",   // grep -c 'resubmit(,94)'
        "cookie=0x565d7680690eea02                | 110",  // one cookie for all
        "cookie~=0x2/0xff                         | 110",  // its low byte is 02
        "cookie=0x520                             | 0",
        "vlan_tci~=0x0000/0x1fff                  | 1",    // 0x0000/0x1fff; 0x0fff/0x1fff differs under the mask
        "vlan_tci~=0x0000/0x1000                  | 2",    // both have bit 12 clear
        "priority>=95 and table=71 or table=94    | 7",    // 6 in table 71 (95, 95x4, 110) + 1 in table 94
        "reg5=0x9                                 | 60",   // grep -c 'reg5=0x9'
        "reg5=9                                   | 60",   // the same number written in decimal
        "conj_id                                  | 4",    // grep -c conj_id
        "actions has normal                       | 3",    // grep -c 'actions=NORMAL'
        "duration<60                              | 67",   // grep -cE 'duration=5[48]\\.'
    })
    void keeps(String filter, int expected) {
        assertThat(select(filter)).hasSize(expected);
    }

    @Test
    void theKeptFlowsAreTheRightOnes() {
        List<Flow> kept = select("table=72 and priority=74");
        assertThat(kept).allSatisfy(flow -> {
            assertThat(flow.table()).isEqualTo(72);
            assertThat(flow.priority()).isEqualTo(74);
        });
        // grep -n: the 4 flows are lines 46 to 49 of the dump
        assertThat(kept).extracting(Flow::line).containsExactly(46, 47, 48, 49);
    }

    @Test
    void selectGivesIndexesInDumpOrder() {
        FlowFilter filter = accepted("table=94 or table=91");
        // grep -n: lines 108 and 111, the header being line 1
        assertThat(filter.select(FLOWS)).containsExactly(106, 109);
    }

    @Test
    void parsesAndBeforeOrAndNotBeforeAnd() {
        FilterExpr expr = accepted("not table=0 or priority=5 and tcp").expression().orElseThrow();
        assertThat(expr).isEqualTo(new FilterExpr.Or(
                new FilterExpr.Not(new FilterExpr.Compare("table", 4, FilterOp.EQUALS, "0", 10)),
                new FilterExpr.And(new FilterExpr.Compare("priority", 15, FilterOp.EQUALS, "5", 24),
                        new FilterExpr.Present("tcp", 30))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "table=                  | 7  | a value after '='                    | end of filter",
        "tabel=0                 | 1  | a field name (did you mean 'table'?) | 'tabel'",
        "table=0 and             | 12 | a field name, 'not' or '('           | end of filter",
        "(table=0                | 9  | ')' to close the '(' at column 1     | end of filter",
        "table=x                 | 7  | a whole number after 'table='        | 'x'",
        "nw_dst~=foo             | 9  | an address, prefix, MAC or number, with an optional /mask, after '~=' | 'foo'",
        "table=0 priority=5      | 9  | 'and', 'or' or the end               | 'priority'",
        "n_packets               | 1  | a comparison after 'n_packets' (for example n_packets=1) | 'n_packets' alone",
        "table=0)                | 8  | no ')' without its '('               | ')'",
        "actions is ct           | 9  | 'has' or '~=' after 'actions'        | 'is'",
        "tp_dst>0x50/0xff        | 8  | a number after '>'                   | '0x50/0xff'",
        "table~=3                | 6  | one of = != < <= > >= after a number field | '~='",
        "cookie=0x1/0xf          | 8  | a cookie (0x520)                     | '0x1/0xf'",
    })
    void refusesWithWhereAndWhat(String filter, int column, String expected, String found) {
        FilterError error = refused(filter);
        assertThat(error.start() + 1).isEqualTo(column);
        assertThat(error.expected()).isEqualTo(expected);
        assertThat(error.found()).isEqualTo(found);
        assertThat(error.message()).isEqualTo("column " + column + ": expected " + expected + ", found " + found);
    }

    @Test
    void anUnclosedQuoteIsNamed() {
        FilterError error = refused("actions~=\"ct(");
        assertThat(error.start()).isEqualTo(9);
        assertThat(error.expected()).isEqualTo("a closing '\"'");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        FilterError error = refused("(".repeat(5000) + "tcp" + ")".repeat(5000));
        assertThat(error.expected()).startsWith("at most 200 nested");
    }

    @Test
    void registersAndNxmNamesAreFields() {
        assertThat(FlowFilter.compile("reg15=1 or xxreg3=0x1 or tun_metadata63=1 or NXM_NX_REG0=1"))
                .isInstanceOf(FilterResult.Accepted.class);
        assertThat(refused("reg16=1").found()).isEqualTo("'reg16'");
    }

    private static List<Flow> select(String text) {
        FlowFilter filter = accepted(text);
        return FLOWS.stream().filter(filter).toList();
    }

    private static FlowFilter accepted(String text) {
        FilterResult result = FlowFilter.compile(text);
        assertThat(result).isInstanceOf(FilterResult.Accepted.class);
        return ((FilterResult.Accepted) result).filter();
    }

    private static FilterError refused(String text) {
        FilterResult result = FlowFilter.compile(text);
        assertThat(result).isInstanceOf(FilterResult.Refused.class);
        return ((FilterResult.Refused) result).error();
    }
}
