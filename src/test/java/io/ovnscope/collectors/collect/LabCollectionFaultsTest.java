package io.ovnscope.collectors.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.collect.AuthChoice;
import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector.CollectRequest;
import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.HostKeyPrompt;
import io.ovnscope.core.node.PassphrasePrompt;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabCollection;
import io.ovnscope.testing.LabNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A node that goes away halfway: the snapshot keeps what came and says what is missing and why. */
@ExtendWith(Lab.class)
class LabCollectionFaultsTest {
    @Test
    void sshdStoppedMidCollectionGivesAPartialSnapshotThatSaysWhatIsMissing(LabNode lab, @TempDir Path home)
            throws Exception {
        Path knownHosts = home.resolve("known_hosts");
        Files.writeString(knownHosts, lab.knownHostsLine() + "\n");
        ConnectionProfile profile = new ConnectionProfile("lab", lab.host(), lab.port(), "root",
                new AuthChoice.KeyFile(lab.userKey().toString()), Optional.empty(),
                Optional.of(knownHosts.toString()), ToolPrefixes.DISCOVER, true);
        List<String> planned = new ArrayList<>();
        // Connected, logged in and discovered; the node's sshd dies as the catalog starts to run.
        CollectionListener stopsSshdAfterDiscovery = new CollectionListener() {
            @Override
            public void planned(List<String> items) {
                planned.addAll(items);
                try {
                    lab.sshd().stop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        try {
            Snapshot snapshot = LabCollection.collector().collect(new CollectRequest(profile, new char[0],
                    HostKeyPrompt.REFUSE, PassphrasePrompt.NONE, false), stopsSshdAfterDiscovery,
                    CancelToken.none());

            assertThat(snapshot.partial()).isTrue();
            // What discovery learnt stands: the node's name, and the bridges the catalog was planned for.
            assertThat(snapshot.source().node()).isEqualTo("microshift-dev");
            assertThat(planned).contains("flows/br-int", "flows/br-ex", "nb/Load_Balancer", "iptables/nat");
            // Every planned item is a gap that says why, and its output is kept as not run or failed.
            assertThat(snapshot.gaps()).extracting(Gap::item).containsAll(planned);
            assertThat(snapshot.gaps()).filteredOn(g -> planned.contains(g.item()))
                    .allSatisfy(g -> assertThat(g.reason()).contains("connection lost"));
            assertThat(snapshot.outputs()).extracting(CapturedOutput::outcome)
                    .isSubsetOf(Outcome.NOT_RUN, Outcome.FAILED);
            // Unknown, not empty: a bridge whose dump never came has no flow list at all.
            assertThat(snapshot.node().flows()).doesNotContainKey("br-int");
        } finally {
            lab.sshd().start();
        }
    }
}
