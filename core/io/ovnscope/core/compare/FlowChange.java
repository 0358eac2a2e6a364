package io.ovnscope.core.compare;

import io.ovnscope.core.model.openflow.Flow;

/**
 * A flow that only one of the snapshots has. Flows are the same when table, priority, cookie, timeouts,
 * flags, match and actions are: a flow whose actions changed shows as one removed and one added.
 *
 * @param flow the flow as the snapshot that has it shows it
 */
public record FlowChange(ChangeKind kind, String bridge, Flow flow) {
}
