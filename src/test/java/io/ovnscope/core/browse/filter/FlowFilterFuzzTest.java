package io.ovnscope.core.browse.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.parse.openflow.FlowDumpParser;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.testing.ClasspathFixtures;
import io.ovnscope.testing.LineFuzzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mangled filter texts never make compiling, completing or running a filter throw. */
class FlowFilterFuzzTest {
    private static final List<String> CORPUS = List.of(
            "table=41 and nw_dst~=10.43.0.0/16", "n_packets>0 or not (actions has ct)", "cookie~=0x520/0xffff",
            "ct_state~=+trk-est and ipv6_src~=fe80::/10", "in_port=\"patch-br-int\" || dl_dst=0a:58:0a:2a:00:0c",
            "actions~=\"ct(table=42\" && !tcp", "reg0=0x5/0xff and priority<=500 and duration>10.5");

    @Test
    void nothingThrows() {
        List<Flow> flows = new FlowDumpParser()
                .read(ClasspathFixtures.realdata("02-ovs-ofctl-O-OpenFlow13-dump-flows-br-int--neutron-ovs-dvr.txt"))
                .flows();
        LineFuzzer fuzzer = new LineFuzzer(11, CORPUS);
        int accepted = 0;
        for (int i = 0; i < 5000; i++) {
            String text = fuzzer.next();
            FilterResult result = FlowFilter.compile(text);
            if (result instanceof FilterResult.Accepted a) {
                a.filter().select(flows);
                accepted++;
            } else {
                FilterError error = ((FilterResult.Refused) result).error();
                assertThat(error.start()).isBetween(0, text.length());
                assertThat(error.end()).isBetween(error.start(), text.length());
            }
            for (int caret = 0; caret <= text.length(); caret += 7) {
                FilterCompletion completion = FilterCompletion.at(text, caret);
                assertThat(completion.from()).isLessThanOrEqualTo(completion.to());
            }
        }
        assertThat(accepted).isPositive();
    }
}
