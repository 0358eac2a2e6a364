package io.ovnscope.views.snapshot;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.snapshot.SnapshotSource;
import java.time.Instant;

/** What the node's line in the navigator shows in the details: where it came from and what it holds. */
public record NodeSummary(String node, SnapshotSource.Origin origin, String address, Instant takenAt, int outputs,
                          int problems, int gaps, int switches, int routers, int loadBalancers, int bridges,
                          int iptablesRules, int routes, int interfaces, int kubernetesObjects) {
    public static NodeSummary of(Snapshot snapshot) {
        var node = snapshot.node();
        var northbound = node.northbound();
        return new NodeSummary(snapshot.source().node(), snapshot.source().origin(), snapshot.source().address(),
                snapshot.source().takenAt(), snapshot.outputs().size(), snapshot.problemCount(),
                snapshot.gaps().size(), northbound.switches().size(), northbound.routers().size(),
                northbound.loadBalancers().size(), node.bridges().size(),
                node.iptables().stream().mapToInt(t -> t.rules().size()).sum(), node.routes().size(),
                node.interfaces().size(), node.kubernetes().size());
    }
}
