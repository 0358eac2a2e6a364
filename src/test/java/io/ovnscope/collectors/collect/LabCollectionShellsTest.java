package io.ovnscope.collectors.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.collectors.ssh.SshConnector;
import io.ovnscope.collectors.ssh.SshNodeShell;
import io.ovnscope.core.collect.CollectionListener;
import io.ovnscope.core.collect.ConnectionProfile;
import io.ovnscope.core.node.CancelToken;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabCollection;
import io.ovnscope.testing.LabNode;
import io.ovnscope.testing.WatchedShell;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a collection uses the node: each login shell costs the lab's node a slow shell start-up, so discovery
 * and the whole catalog share two, and no command runs twice when discovery confirms the guess.
 */
@ExtendWith(Lab.class)
class LabCollectionShellsTest {
    @Test
    void discoveryAndTheWholeCatalogRunInTwoLoginShellsEachCommandOnce(LabNode lab, @TempDir Path home)
            throws Exception {
        ConnectionProfile profile = LabCollection.profile(lab, home.resolve("known_hosts"));
        List<String> shells = new CopyOnWriteArrayList<>();
        Snapshot snapshot;
        try (SshNodeShell ssh = new ProfileConnector(new SshConnector()).connect(LabCollection.request(profile))) {
            snapshot = LabCollection.collector().collect(new WatchedShell(ssh, spec -> shells.add(spec.command())),
                    profile, CollectionListener.NONE, CancelToken.none());
        }

        assertThat(shells).hasSize(2);
        assertThat(snapshot.source().node()).isEqualTo("microshift-dev");
        assertThat(snapshot.outputs()).extracting(CapturedOutput::item)
                .contains("flows/br-int", "flows/br-ex", "ports/br-int", "datapath-flows/br-ex", "nb/Load_Balancer")
                .doesNotHaveDuplicates();
        String scripts = String.join("\n", shells);
        for (CapturedOutput output : snapshot.outputs()) {
            assertThat(occurrences(scripts, "'" + output.command() + "'")).as(output.command()).isEqualTo(1);
        }
    }

    private static int occurrences(String text, String quoted) {
        int count = 0;
        for (int at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
            count++;
        }
        return count;
    }
}
