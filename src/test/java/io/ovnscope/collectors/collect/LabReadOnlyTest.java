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
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.Lab;
import io.ovnscope.testing.LabCollection;
import io.ovnscope.testing.LabNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A collection changes nothing on the node: its databases, flows, rules and routes are the same after. */
@ExtendWith(Lab.class)
class LabReadOnlyTest {
    /** The node's state, without what moves on its own (counters, ages, timestamps). */
    private static final String STATE = String.join("; ",
            "ovsdb-client dump unix:$OVN_RUNDIR/ovnnb_db.sock",
            "ovs-vsctl --columns=name,ports,datapath_type,fail_mode,external_ids list bridge",
            "ovs-ofctl --no-stats -O OpenFlow15 dump-flows br-int | sort",
            "ovs-ofctl --no-stats -O OpenFlow15 dump-flows br-ex | sort",
            "iptables-save | grep -v '^#' | sed 's/\\[[0-9]*:[0-9]*\\]//'",
            // IPv4 only: the kernel adds IPv6 link-local addresses by itself some time after a link comes up.
            "ip -4 route show table all", "ip -4 -br addr");

    @Test
    void collectingTheLabLeavesItAsItWas(LabNode lab, @TempDir Path home) throws Exception {
        String before = lab.inside(STATE);
        Path knownHosts = home.resolve("known_hosts");
        Files.writeString(knownHosts, lab.knownHostsLine() + "\n");
        ConnectionProfile profile = new ConnectionProfile("lab", lab.host(), lab.port(), "root",
                new AuthChoice.KeyFile(lab.userKey().toString()), Optional.empty(),
                Optional.of(knownHosts.toString()), ToolPrefixes.DISCOVER, true);

        Snapshot snapshot = LabCollection.collector().collect(new CollectRequest(profile, new char[0],
                HostKeyPrompt.REFUSE, PassphrasePrompt.NONE, false), CollectionListener.NONE, CancelToken.none());

        assertThat(snapshot.outputs()).hasSizeGreaterThan(20);
        assertThat(before).contains("GR_microshift-dev", "OVN-KUBE-NODEPORT", "10.43.0.0/16");
        assertThat(lab.inside(STATE)).isEqualTo(before);
    }
}
