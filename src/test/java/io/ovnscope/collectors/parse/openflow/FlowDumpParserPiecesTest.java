package io.ovnscope.collectors.parse.openflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.FlowDump.DumpFormat;
import io.ovnscope.testing.OvnFlowDumpGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A big dump is read in pieces on several threads; the result must be the very one a single pass gives:
 * same flows with the same line numbers, same problems in the same order, same format.
 */
class FlowDumpParserPiecesTest {
    private static final FlowDumpParser ONE_PASS = new FlowDumpParser(1, Integer.MAX_VALUE);
    /** Pieces of about 2,000 chars: a few dozen lines each. */
    private static final FlowDumpParser PIECES = new FlowDumpParser(8, 2_000);

    @Test
    void readsAGeneratedDumpInPiecesAsInOnePass() {
        String dump = new OvnFlowDumpGenerator(11).dump(3000);
        FlowDump pieces = PIECES.read(dump);
        assertThat(pieces.flows()).hasSize(3000);
        assertThat(dump.strip()).doesNotEndWith(":");
        assertThat(pieces.flows().get(2999).line()).as("the last line, a flow").isEqualTo((int) dump.lines().count());
        assertThat(pieces).isEqualTo(ONE_PASS.read(dump));
    }

    @Test
    void readsWrappedFlowsPastedPromptsAndHeadersInPiecesAsInOnePass() throws IOException {
        String mixed = fixture("fixtures/realdata/36-ovs-ofctl-dump-flows-br-int-WRAPPED--neutron-ovn-refarch-EDITED.txt")
                + fixture("fixtures/realdata/12-ovs-ofctl-dump-flows-br-ex--ERROR-version-negotiation-failed--sunbeam.txt")
                + fixture("fixtures/realdata/01-ovs-ofctl-dump-flows-br-int--neutron-ovs-dvr-of10.txt")
                + fixture("fixtures/realdata/04-ovs-appctl-bridge-dump-flows-offload-stats-br-int--neutron-ovs.txt")
                + fixture("fixtures/captured/openflow/ovs-ofctl-names-dump-flows-br-int.txt");
        for (String text : new String[] {mixed, mixed.replace("\n", "\r\n"), mixed.replace("\n", "\r")}) {
            FlowDump onePass = ONE_PASS.read(text);
            assertThat(onePass.problems()).isNotEmpty();
            assertThat(PIECES.read(text)).isEqualTo(onePass);
        }
    }

    /** Flows without a header before a header in a later piece: the header names the format, as in one pass. */
    @Test
    void takesTheFormatFromAHeaderInALaterPiece() {
        String flows = new OvnFlowDumpGenerator(5).dump(200);
        String headerless = flows.substring(flows.indexOf('\n') + 1);
        String text = headerless + "NXST_FLOW reply (xid=0x4):\n" + headerless;
        FlowDump pieces = PIECES.read(text);
        assertThat(pieces.format()).isEqualTo(DumpFormat.OFCTL_OF10);
        assertThat(pieces).isEqualTo(ONE_PASS.read(text));
    }

    private static String fixture(String resource) throws IOException {
        try (InputStream in = FlowDumpParserPiecesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
