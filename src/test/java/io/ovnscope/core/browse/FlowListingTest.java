package io.ovnscope.core.browse;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.browse.filter.FilterResult;
import io.ovnscope.core.browse.filter.FlowFilter;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.testing.ClasspathFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of realdata 02 (110 flows in 17 tables; counts read off it with grep, as each comment says). */
class FlowListingTest {
    private static final List<Flow> FLOWS = new FlowDumpParser()
            .read(ClasspathFixtures.realdata("02-ovs-ofctl-O-OpenFlow13-dump-flows-br-int--neutron-ovs-dvr.txt"))
            .flows();

    @Test
    void ungroupedIsDumpOrderWithoutGroupLines() {
        FlowListing listing = FlowListing.of(FLOWS, FlowFilter.ALL, FlowGrouping.NONE);
        assertThat(listing.size()).isEqualTo(110);
        assertThat(listing.flow(0).line()).isEqualTo(2);
        assertThat(listing.flow(109).line()).isEqualTo(111);
    }

    @Test
    void byTableHasOneGroupLinePerTableAndPrioritiesFallWithin() {
        FlowListing listing = FlowListing.of(FLOWS, FlowFilter.ALL, FlowGrouping.TABLE);
        // grep -oE ' table=[0-9]+,' | sort -u: 17 tables
        assertThat(listing.size()).isEqualTo(110 + 17);
        assertThat(listing.flowCount()).isEqualTo(110);
        assertThat(listing.isGroup(0)).isTrue();
        assertThat(listing.group(0).label()).isEqualTo("table 0 · 10 flows");
        int table73 = listing.firstOfTable(73);
        assertThat(listing.group(table73 - 1).label()).isEqualTo("table 73 · 10 flows");
        List<Integer> priorities = new ArrayList<>();
        for (int i = table73; i < table73 + 10; i++) {
            priorities.add(listing.flow(i).priority());
        }
        // grep ' table=73,': priorities 100, 90, 90, 80 (six times), 0
        assertThat(priorities).containsExactly(100, 90, 90, 80, 80, 80, 80, 80, 80, 0);
    }

    @Test
    void aFilterKeepsOnlyItsGroups() {
        FlowFilter filter = ((FilterResult.Accepted) FlowFilter.compile("table=72 or table=73")).filter();
        FlowListing listing = FlowListing.of(FLOWS, filter, FlowGrouping.TABLE);
        assertThat(listing.size()).isEqualTo(2 + 12 + 10);
        assertThat(listing.group(0).label()).isEqualTo("table 72 · 12 flows");
        assertThat(listing.firstOfTable(0)).isEqualTo(-1);
    }

    @Test
    void byCookieIsOneGroupHere() {
        FlowListing listing = FlowListing.of(FLOWS, FlowFilter.ALL, FlowGrouping.COOKIE);
        assertThat(listing.size()).isEqualTo(111);
        assertThat(listing.group(0).label()).isEqualTo("cookie 0x565d7680690eea02 · 110 flows");
        assertThat(listing.flow(1).table()).isZero();
        assertThat(listing.flow(1).priority()).isEqualTo(65535);
    }

    @Test
    void targetsAreTheTablesActionsContinueIn() {
        // grep -n: line 59 ct(commit,zone=...),resubmit(,91); line 74 ct(table=82,...); line 3 goto_table:4;
        // line 68 output:9 alone
        assertThat(FlowTargets.tables(line(59).actions())).containsExactly(91);
        assertThat(FlowTargets.tables(line(74).actions())).containsExactly(82);
        assertThat(FlowTargets.tables(line(3).actions())).containsExactly(4);
        assertThat(FlowTargets.tables(line(68).actions())).isEmpty();
    }

    private static Flow line(int line) {
        return FLOWS.stream().filter(f -> f.line() == line).findFirst().orElseThrow();
    }
}
