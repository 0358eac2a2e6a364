package io.ovnscope.collectors.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.collect.SnapshotCollector.CollectRequest;
import io.ovnscope.collectors.ssh.SshConnector;
import io.ovnscope.collectors.ssh.SshNodeShell;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.node.NodeShell;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Outcome;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabCollection;
import io.ovnscope.testing.LabNode;
import io.ovnscope.testing.WatchedShell;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A node that goes away halfway: the snapshot keeps what came and says what is missing and why. */
@ExtendWith(Lab.class)
class LabCollectionFaultsTest {
    @Test
    void sshdStoppedMidCollectionGivesAPartialSnapshotThatSaysWhatIsMissing(LabNode lab, @TempDir Path home)
            throws Exception {
        ConnectionProfile profile = LabCollection.profile(lab, home.resolve("known_hosts"));
        CollectRequest request = LabCollection.request(profile);
        List<String> planned = new ArrayList<>();
        CountDownLatch discovered = new CountDownLatch(1);
        // Discovery and the small commands come back; the node's sshd dies before the flow dumps start.
        CollectionListener stopsSshdAfterDiscovery = new CollectionListener() {
            @Override
            public void planned(List<String> items) {
                planned.addAll(items);
                try {
                    lab.sshd().stop();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                discovered.countDown();
            }
        };
        try (SshNodeShell ssh = new ProfileConnector(new SshConnector()).connect(request)) {
            NodeShell dumpsWaitForDiscovery = new WatchedShell(ssh, spec -> {
                if (spec.command().contains("dump-flows")) {
                    awaitQuietly(discovered);
                }
            });
            Snapshot snapshot = LabCollection.collector().collect(dumpsWaitForDiscovery, profile,
                    stopsSshdAfterDiscovery, CancelToken.none());

            assertThat(snapshot.partial()).isTrue();
            // What discovery learnt stands: the node's name, and the bridges the catalog was planned for.
            assertThat(snapshot.source().node()).isEqualTo("microshift-dev");
            assertThat(planned).contains("flows/br-int", "flows/br-ex", "nb/Load_Balancer", "iptables/nat");
            // What came before the connection went stands; what did not is a gap that says why.
            assertThat(snapshot.output("nb/Load_Balancer").orElseThrow().outcome()).isEqualTo(Outcome.COMPLETED);
            assertThat(snapshot.node().northbound().loadBalancers()).isNotEmpty();
            assertThat(snapshot.gaps()).extracting(Gap::item).contains("flows/br-int", "flows/br-ex");
            assertThat(snapshot.gaps()).filteredOn(g -> g.item().startsWith("flows/"))
                    .allSatisfy(g -> assertThat(g.reason()).contains("connection lost"));
            assertThat(snapshot.output("flows/br-int").orElseThrow().outcome())
                    .isIn(Outcome.NOT_RUN, Outcome.FAILED);
            // Unknown, not empty: a bridge whose dump never came has no flow list at all.
            assertThat(snapshot.node().flows()).doesNotContainKey("br-int");
        } finally {
            lab.sshd().start();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
